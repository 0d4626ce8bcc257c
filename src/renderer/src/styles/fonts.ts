// Fonts ship inside the app so the window and the PDF look the same everywhere, offline.
// Inter and Source Serif 4 cover Latin and Cyrillic (Kazakh and Russian); Noto Sans KR covers
// Hangul, loaded by unicode-range only when Korean text appears.
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/600.css';
import '@fontsource/noto-sans-kr/korean-400.css';
import '@fontsource/noto-sans-kr/korean-600.css';
