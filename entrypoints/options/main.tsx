import { render } from 'preact';
import { OptionsPage } from '../../src/ui/options/OptionsPage';
import '../../src/ui/app/styles.css';

render(<OptionsPage />, document.getElementById('app')!);
