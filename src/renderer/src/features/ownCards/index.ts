// The own-cards feature's public face: other features import these, never the files behind them.
export { CardForm, type CardFormProps } from './CardForm';
export { DeleteCardButton } from './DeleteCardButton';
