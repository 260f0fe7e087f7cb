using System.Text;
using ChatBot.Core.Answering.Selection;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Answering;

/// <summary>Turns the offline selector's decision into an answer: the chosen sentences with their markers, verified against their passages, or a decline naming the nearest sections.</summary>
public sealed class AnswerComposer(CitationVerifier verifier, IOptions<AnsweringOptions> options, ILogger<AnswerComposer> logger)
{
    /// <summary>The sentence that opens every decline (<see cref="DeclineSentence.Text"/>).</summary>
    public const string DeclineText = DeclineSentence.Text;

    private readonly AnsweringOptions settings = options.Value;

    /// <summary>The answer for a decision: its chosen sentences cited and verified, or a decline naming the nearest sections.</summary>
    public async Task<Answer> ComposeAsync(SelectionDecision decision, CancellationToken cancellationToken = default)
    {
        var passages = decision.Input.Retrieved.Select(r => r.Passage).ToList();
        if (decision.Declined)
        {
            logger.LogInformation("Offline answerer declined: {Reason}", decision.DeclineReason);
            return Decline(passages);
        }

        var chosen = decision.Chosen.Select(i => decision.Input.Candidates[i]).ToList();
        var sources = chosen.Select(c => c.Rank).Distinct().Order().ToList();
        var text = new StringBuilder();
        foreach (var candidate in chosen)
        {
            text.Append(text.Length > 0 ? " " : string.Empty)
                .Append(CitationVerifier.AppendMarker(CitationMarkers.Strip(candidate.Text), sources.IndexOf(candidate.Rank) + 1));
        }

        var verified = await verifier.VerifyAsync(text.ToString(), [.. sources.Select(r => passages[r])], cancellationToken).ConfigureAwait(false);
        return verified.Citations.Count == 0
            ? Decline(passages)
            : new Answer(verified.Text, true, verified.Citations);
    }

    /// <summary>A decline naming the nearest sections that were found.</summary>
    public Answer Decline(IReadOnlyList<Passage> nearest)
    {
        var sections = nearest.Select(p => p.DisplayPath).Distinct().Take(settings.NearestSectionsOnDecline).ToList();
        var text = sections.Count == 0
            ? DeclineText
            : $"{DeclineText} The nearest sections I found: {string.Join("; ", sections)}.";
        return new Answer(text, false, []);
    }

}
