// The app's fonts, plus the serif italic the pack sets summaries and quotes in.
import '../styles/fonts';
import '@fontsource/source-serif-4/400-italic.css';
