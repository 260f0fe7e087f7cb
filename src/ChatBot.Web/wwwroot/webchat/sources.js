// Source viewer: marks the sentences of the passage named by the fragment (#p-{passageId}) and scrolls it into view.
(function () {
  'use strict';
  function show() {
    var marked = document.querySelectorAll('.cited');
    for (var i = 0; i < marked.length; i++) {
      marked[i].classList.remove('cited');
    }
    var hash = decodeURIComponent(location.hash.slice(1));
    if (hash.indexOf('p-') !== 0) {
      return;
    }
    var id = hash.slice(2);
    var sentences = document.querySelectorAll('[data-p~="' + CSS.escape(id) + '"]');
    for (var j = 0; j < sentences.length; j++) {
      sentences[j].classList.add('cited');
    }
    var anchor = document.getElementById(hash) || sentences[0];
    if (anchor) {
      (sentences[0] || anchor).scrollIntoView({ block: 'center' });
    }
  }
  window.addEventListener('hashchange', show);
  show();
})();
