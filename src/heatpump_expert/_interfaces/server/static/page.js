// The next step without a reload: post the form, put the new <main> in place, move focus to
// it. Without this script the forms post as usual and the server renders the whole page; when
// the reply is not a page (or the request fails) the form is posted the ordinary way.
"use strict";

function postNatively(form, submitter) {
  if (submitter && submitter.name) {
    const field = document.createElement("input");
    field.type = "hidden";
    field.name = submitter.name;
    field.value = submitter.value;
    form.append(field);
  }
  form.submit();
}

document.addEventListener("submit", async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-step")) return;
  event.preventDefault();
  const submitter = event.submitter;
  const data = new FormData(form);
  if (submitter && submitter.name) data.set(submitter.name, submitter.value);
  let main = null;
  let title = document.title;
  try {
    const reply = await fetch(form.action, { method: "POST", body: new URLSearchParams(data) });
    const next = new DOMParser().parseFromString(await reply.text(), "text/html");
    main = next.querySelector("main");
    title = next.title;
  } catch (error) {
    main = null;
  }
  if (!main) {
    postNatively(form, submitter);
    return;
  }
  document.querySelector("main").replaceWith(main);
  document.title = title;
  window.scrollTo(0, 0);
  main.focus();
});
