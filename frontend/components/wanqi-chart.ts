import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import * as echarts from 'echarts';

/**
 * An ECharts chart. The server sets `option` (an ECharts option object, as JSON); the chart
 * follows its container's size. `rendered` becomes true once ECharts has drawn it. A click fires
 * `chart-click` with a name as `detail.name`: on a chart with a category axis, the category whose
 * row or column was clicked; on others (a pie, a funnel), the clicked item's name.
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
      if (!this.hasCategoryAxis()) {
        this.itemClicked(item.name);
      }
    });
    // On a category axis the whole row or column of a category answers, not only its thin bars.
    this.chart.getZr().on('click', (event) => {
      if (this.hasCategoryAxis() && this.chart?.containPixel({ gridIndex: 0 }, [event.offsetX, event.offsetY])) {
        this.itemClicked(this.categoryAt(event.offsetX, event.offsetY));
      }
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

  private hasCategoryAxis(): boolean {
    const option = this.chart?.getOption() as { xAxis?: { type?: string }[]; yAxis?: { type?: string }[] } | undefined;
    return option?.xAxis?.[0]?.type === 'category' || option?.yAxis?.[0]?.type === 'category';
  }

  private categoryAt(x: number, y: number): string | undefined {
    const option = this.chart!.getOption() as { xAxis: { type?: string; data?: string[] }[]; yAxis: { type?: string; data?: string[] }[] };
    const [valueX, valueY] = this.chart!.convertFromPixel({ gridIndex: 0 }, [x, y]) as number[];
    return option.yAxis[0]?.type === 'category' ? option.yAxis[0].data?.[Math.round(valueY)] : option.xAxis[0].data?.[Math.round(valueX)];
  }

  private itemClicked(name: string | undefined) {
    if (name !== undefined) {
      this.dispatchEvent(new CustomEvent('chart-click', { detail: { name } }));
    }
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
