// Draws every canvas of the page that carries a data-chart attribute (JSON) with Chart.js: horizontal bars, or columns stacked by
// severity for the trend. The canvas sits in a box whose height follows the number of bars, so long labels and
// many codes never overflow their card.
(function () {
  function draw(canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    var stacked = spec.type === 'stacked';
    var bars = spec.labels.length;
    canvas.parentElement.style.height = (stacked ? 220 : Math.max(90, bars * 26 + 40)) + 'px';
    new Chart(canvas, {
      type: 'bar',
      data: {labels: spec.labels, datasets: spec.datasets},
      options: {
        indexAxis: stacked ? 'x' : 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: {display: stacked},
          tooltip: {callbacks: {label: function (c) {
            return (stacked ? c.dataset.label + ': ' : '') + c.formattedValue + (spec.unit ? ' ' + spec.unit : '');
          }}}
        },
        scales: stacked
          ? {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}}
          : {x: {beginAtZero: true}, y: {ticks: {autoSkip: false, callback: function (v) {
              var l = this.getLabelForValue(v);
              return l.length > 28 ? l.slice(0, 27) + '…' : l;
            }}}}
      }
    });
  }
  function drawAll() {
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
