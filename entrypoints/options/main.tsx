import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/shared/theme.css';
import { render } from 'preact';

render(<OptionsApp />, document.body);
