// ECharts (from the WebJar, a global loaded before this module runs) with the page's fonts.
export function chart(container) {
  if (!window.echarts) throw new Error('图表库未加载');
  const c = window.echarts.init(container, null, { renderer: 'canvas' });
  window.addEventListener('resize', () => c.resize());
  // No animation: the numbers are the point, and motion helps no one reading them.
  const setOption = c.setOption.bind(c);
  c.setOption = (option, ...rest) => setOption({ animation: false, textStyle: { fontFamily: 'sans-serif' }, ...option }, ...rest);
  return c;
}
