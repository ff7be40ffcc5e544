import { Component, type ComponentChildren } from 'preact';
import { t } from '../i18n';

interface Props {
  /** What this part of the page is, in the words on screen: "The Ideas view", "Who is here". */
  area: string;
  /** A compact one-line notice (for the header's parts) instead of a banner. */
  inline?: boolean;
  children: ComponentChildren;
}

/**
 * One part of the page that fails to render (a view, the presence line) says so in its own place, and the
 * rest of the board (header, navigation, other views) keeps working. Nothing on the board is changed: a
 * render only reads. "Try again" renders the part afresh, for when what broke it has since been repaired.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static override getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown) {
    console.error(`${this.props.area} could not be shown:`, error);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const retry = (
      <button type="button" onClick={() => this.setState({ error: null })}>
        {t('render.retry')}
      </button>
    );
    if (this.props.inline)
      return (
        <p class="render-error inline" role="alert">
          {t('render.failed', { area: this.props.area })} {retry}
        </p>
      );
    return (
      <div class="banner error render-error" role="alert">
        <p>
          <strong>{t('render.failed', { area: this.props.area })}</strong> {t('render.why', { message: error.message.slice(0, 200) })}
        </p>
        {retry}
      </div>
    );
  }
}
