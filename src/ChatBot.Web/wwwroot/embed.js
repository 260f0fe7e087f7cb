// One-line embed: <script src="https://YOUR-HOST/embed.js" defer></script> adds a chat button that opens the bot in a frame.
// The embedding site's origin must be listed in WebChat:AllowedOrigins (frame-ancestors).
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  var open = false;

  var frame = document.createElement('iframe');
  frame.src = origin + '/?embed=1';
  frame.title = script.getAttribute('data-title') || 'Chat';
  frame.style.cssText = 'position:fixed;right:20px;bottom:88px;width:380px;max-width:calc(100vw - 40px);height:560px;' +
    'max-height:calc(100vh - 120px);border:0;border-radius:12px;box-shadow:0 8px 32px rgba(0,0,0,.25);display:none;z-index:2147483646;background:#fff';

  var button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', 'Open chat');
  button.textContent = '\uD83D\uDCAC';
  button.style.cssText = 'position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;border:0;' +
    'background:#1f5c99;color:#fff;font-size:24px;cursor:pointer;box-shadow:0 4px 16px rgba(0,0,0,.3);z-index:2147483647';
  button.addEventListener('click', function () {
    open = !open;
    frame.style.display = open ? 'block' : 'none';
    button.setAttribute('aria-label', open ? 'Close chat' : 'Open chat');
  });

  document.body.appendChild(frame);
  document.body.appendChild(button);
})();
