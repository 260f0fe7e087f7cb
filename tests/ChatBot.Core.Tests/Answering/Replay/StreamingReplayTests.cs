using System.Text.Json;
using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Replay;
using ChatBot.Core.Answering.Selection;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Answering.Replay;

/// <summary>
/// Streaming over the replay's scripted replies (faithful, partial declines, declines and every corruption) on the real
/// corpus: for each, the streamed answer ends with exactly the answer the whole reply gets, and what was streamed before
/// it is the beginning of that answer, so no sentence the check drops is ever shown.
/// </summary>
public sealed class StreamingReplayTests(RealCorpusAnsweringFixture corpus, ITestOutputHelper output) : IClassFixture<RealCorpusAnsweringFixture>
{
    [Theory]
    [InlineData("holdout2.jsonl", 0)]
    [InlineData("extra.jsonl", 3)]
    public async Task StreamAsync_EveryScriptedReply_EndsWithTheWholeReplysAnswer(string set, int pieceLength)
    {
        var items = ReplaySets.Read(set)!;
        var model = new ReplayChatModel(new ReplayScript(ReplayPeople.From((await corpus.Index.GetAsync()).Sections), ReplaySets.Standalone()));
        var chat = new FakeChatCompletionService(history => model.Reply(history.Last(m => m.Role == AuthorRole.User).Content ?? string.Empty))
        {
            // 0: a word at a time, as the scripted model streams; otherwise pieces of that many characters, cutting words and markers.
            Pieces = pieceLength == 0 ? ScriptedChatCompletionService.Tokens : text => [.. text.Chunk(pieceLength).Select(c => new string(c))],
        };
        var service = Service(chat);
        int cases = 0, streamedSentences = 0, corruptedShown = 0;
        foreach (var item in items)
        {
            foreach (var kind in ReplayScript.AllKinds)
            {
                if (item.IsUnanswerable && kind is not (ReplayKind.Decline or ReplayKind.InventedSentence))
                {
                    continue;
                }

                model.Begin(item, kind);
                var whole = await service.AskAsync(item.Question, item.History);
                model.Begin(item, kind);
                var updates = new List<AnswerUpdate>();
                await foreach (var update in service.StreamAsync(item.Question, item.History))
                {
                    updates.Add(update);
                }

                var final = updates[^1].Answer;
                Assert.True(final is not null, $"{item.Id} {kind}: the last update is the answer");
                Assert.True(Same(whole, final), $"{item.Id} {kind}: streamed {Json(final)}, whole {Json(whole)}");
                var shown = StreamingAnswerTests.SentencesOf(updates);
                // A model answer was streamed as its beginning (its cited sentences); a decline or fallback streamed nothing.
                Assert.True(final.Notice is null && final.Answered ? shown.Length > 0 && final.Text.StartsWith(shown, StringComparison.Ordinal) : shown.Length == 0, $"{item.Id} {kind}: streamed '{shown}' before '{final.Text}'");
                var reply = model.LastReply;
                corruptedShown += reply?.Corrupted.Count(c => shown.Contains(CitationMarkers.Strip(c).TrimEnd('.'), StringComparison.Ordinal)) ?? 0;
                streamedSentences += updates.Count(u => u.Kind == AnswerUpdateKind.Sentence);
                cases++;
            }
        }

        // Corrupted sentences shown are those the check misses in the whole reply too (the replay's "reaching the user").
        output.WriteLine($"{set}, pieces of {(pieceLength == 0 ? "one word" : $"{pieceLength} characters")}: {cases} replies, {streamedSentences} sentences streamed, {corruptedShown} corrupted sentences shown");
        Assert.True(cases > 300, "every kind of reply was streamed for the set's items");
    }

    private static bool Same(Answer expected, Answer actual) =>
        expected.Text == actual.Text && expected.Answered == actual.Answered && expected.Notice == actual.Notice
        && expected.Citations.SequenceEqual(actual.Citations) && expected.SuggestedQuestions.SequenceEqual(actual.SuggestedQuestions);

    private static string Json(Answer? answer) => JsonSerializer.Serialize(answer);

    // The shipped parts, as ReplaySuite builds them, with the test's chat model.
    private GenerativeAnswerService Service(FakeChatCompletionService chat)
    {
        var answering = corpus.Get<IOptions<AnsweringOptions>>();
        var verifier = corpus.Get<CitationVerifier>();
        var offline = new OfflineAnswerService(
            new SelectorInputBuilder(corpus.Retriever, corpus.Get<SentenceTableProvider>(), corpus.Get<IEmbeddingGenerator<string, Embedding<float>>>(), answering),
            corpus.Selector,
            new AnswerComposer(verifier, answering, NullLogger<AnswerComposer>.Instance),
            answering);
        return new GenerativeAnswerService(chat.Kernel(), corpus.Get<IPromptProvider>(), corpus.Retriever, verifier, offline, corpus.Get<IOptions<AiOptions>>(), answering, NullLogger<GenerativeAnswerService>.Instance);
    }
}
