// What several end-to-end files do the same way: answering a pulse through the page.

/**
 * From the landing page's address, starts a pulse and answers every item with
 * `answer(id)`, leaving it on the last page unfinished; returns the given answers.
 */
export async function answerPulse(browser, url, answer) {
  await browser.goto(`${url}#/`);
  await browser.click(await browser.waitFor('#start-pulse'));
  const given = {};
  for (const last of [false, true]) {
    await browser.waitFor('fieldset[data-item]');
    const ids = await browser.exec('return [...document.querySelectorAll("fieldset[data-item]")].map(f => f.dataset.item)');
    for (const id of ids) {
      given[id] = answer(id);
      await browser.click(await browser.find(`#answer-${id}-${given[id]}`));
    }
    if (!last) await browser.click(await browser.find('#next'));
  }
  await browser.waitFor('#finish');
  return given;
}
