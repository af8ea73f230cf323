import { OptionsApp } from '@/components/OptionsApp';
import '@/components/theme.css';
import { render } from 'preact';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
