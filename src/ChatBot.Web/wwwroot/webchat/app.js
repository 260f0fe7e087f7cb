// Starts Bot Framework Web Chat: gets a token from the app (offline Direct Line, or Azure's when a secret is configured) and renders.
(function () {
  'use strict';
  var host = document.getElementById('webchat');
  var data = host.dataset;

  function fail() {
    host.classList.add('failed');
    host.textContent = 'The chat could not start. Please reload the page in a moment.';
  }

  if (!window.WebChat) {
    fail();
    return;
  }

  fetch(data.tokenUrl, { method: 'POST', credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('token endpoint answered ' + response.status);
      }
      return response.json();
    })
    .then(function (session) {
      // Offline: our own Direct Line over polling. Azure: its default endpoint over web socket. The offline endpoint holds
      // a poll that finds nothing for up to DirectLine:PollWaitMilliseconds (1 s), so an idle page still makes about one
      // request a second while an update (a reply, a streamed sentence) shows within a quarter of a second.
      var directLine = session.domain
        ? window.WebChat.createDirectLine({ domain: session.domain, token: session.token, webSocket: false, pollingInterval: 250 })
        : window.WebChat.createDirectLine({ token: session.token });

      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          userID: session.userId,
          username: 'You',
          locale: 'en-US',
          sendTypingIndicator: false,
          styleOptions: {
            botAvatarInitials: data.botInitials,
            userAvatarInitials: data.userInitials,
            botAvatarBackgroundColor: '#1f5c99',
            userAvatarBackgroundColor: '#6b7280',
            accent: '#1f5c99',
            backgroundColor: '#ffffff',
            bubbleBorderRadius: 10,
            bubbleFromUserBorderRadius: 10,
            bubbleFromUserBackground: '#e8f0fa',
            bubbleMaxWidth: 600,
            primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
            hideUploadButton: true,
            sendBoxBackground: '#ffffff',
            suggestedActionLayout: 'flow',
            suggestedActionBorderRadius: 16,
            suggestedActionHeight: 'auto',
            transcriptVisualKeyboardIndicatorWidth: 0
          }
        },
        host
      );
      var input = host.querySelector('[data-id="webchat-sendbox-input"]');
      if (input) {
        input.focus();
      }
    })
    .catch(function (error) {
      if (window.console) {
        console.error('Web Chat did not start:', error);
      }
      fail();
    });
})();
