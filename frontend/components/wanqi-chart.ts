import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import * as echarts from 'echarts';

/**
 * An ECharts chart. The server sets `option` (an ECharts option object, as JSON); the chart
 * follows its container's size. `rendered` becomes true once ECharts has drawn it. Clicking a
 * data item fires `chart-click` with the item's name (a category, a bar's label) as `detail.name`.
 */
@customElement('wanqi-chart')
export class WanqiChart extends LitElement {
  static styles = css`
    :host { display: block; position: relative; min-height: 240px; }
    #canvas { position: absolute; inset: 0; }
  `;

  @property({ type: String }) option = '';
  @property({ type: Boolean, reflect: true }) rendered = false;
  @query('#canvas') private canvas!: HTMLDivElement;

  private chart?: echarts.ECharts;
  private resizeObserver = new ResizeObserver(() => this.chart?.resize());

  render() {
    return html`<div id="canvas" part="canvas"></div>`;
  }

  firstUpdated() {
    this.chart = echarts.init(this.canvas, undefined, { renderer: 'canvas' });
    this.chart.on('finished', () => { this.rendered = true; });
    this.chart.on('click', (item) => {
      this.dispatchEvent(new CustomEvent('chart-click', { detail: { name: item.name } }));
    });
    this.resizeObserver.observe(this);
    this.applyOption();
  }

  updated(changed: PropertyValues<this>) {
    if (changed.has('option') && this.chart) {
      this.applyOption();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private applyOption() {
    if (this.option) {
      this.chart?.setOption(JSON.parse(this.option), true);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wanqi-chart': WanqiChart;
  }
}
