// One line at the top of the page that says what just happened, or what went wrong.

let timer = null;

export function showNotice(text, kind = 'error') {
  const notice = document.getElementById('notice');
  notice.textContent = text;
  notice.className = `notice ${kind}`;
  notice.hidden = false;
  clearTimeout(timer);
  if (kind !== 'error') timer = setTimeout(() => (notice.hidden = true), 6000);
}

/** Hides an error when the page changes; a success stays until its time is up. */
export function clearError() {
  const notice = document.getElementById('notice');
  if (notice.classList.contains('error')) notice.hidden = true;
}

/** Runs an action, showing its error (an ApiError's text) instead of throwing it. */
export async function attempt(action, success) {
  try {
    const result = await action();
    if (success) showNotice(success, 'success');
    return result;
  } catch (e) {
    showNotice(e.message || String(e));
    return undefined;
  }
}
