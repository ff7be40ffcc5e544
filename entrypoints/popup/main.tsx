import { render } from 'preact';
import { QuickAdd } from '../../src/ui/capture/QuickAdd';
import '../../src/ui/app/styles.css';

render(<QuickAdd />, document.getElementById('app')!);
