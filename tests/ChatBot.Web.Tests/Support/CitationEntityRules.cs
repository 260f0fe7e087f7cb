using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.Support;

/// <summary>Checks a reply against the rules Teams and Web Chat apply to the schema.org citation entity.</summary>
public static partial class CitationEntityRules
{
    /// <summary>Asserts the reply's single root Message entity is well formed and its positions are exactly the text's markers.</summary>
    public static JObject AssertValid(JObject reply)
    {
        var entities = (reply["entities"] as JArray)?.OfType<JObject>().Where(e => (string?)e["type"] == "https://schema.org/Message").ToList() ?? [];
        var entity = Assert.Single(entities);

        Assert.Equal("Message", (string?)entity["@type"]);
        Assert.Equal("https://schema.org", (string?)entity["@context"]);
        Assert.Equal(string.Empty, (string?)entity["@id"]);
        Assert.Equal(["AIGeneratedContent"], entity["additionalType"]!.Values<string>());

        var citations = Assert.IsType<JArray>(entity["citation"]);
        Assert.InRange(citations.Count, 1, 20);

        var positions = new List<int>();
        foreach (var claim in citations.Cast<JObject>())
        {
            Assert.Equal("Claim", (string?)claim["@type"]);
            positions.Add((int)claim["position"]!);
            var appearance = Assert.IsType<JObject>(claim["appearance"]);
            Assert.Equal("DigitalDocument", (string?)appearance["@type"]);
            var name = (string?)appearance["name"];
            Assert.False(string.IsNullOrWhiteSpace(name));
            Assert.InRange(name!.Length, 1, 80);
            var summary = (string?)appearance["abstract"];
            Assert.False(string.IsNullOrWhiteSpace(summary));
            Assert.InRange(summary!.Length, 1, 160);
            Assert.True(Uri.TryCreate((string?)appearance["url"], UriKind.Absolute, out var url) && url.Scheme is "http" or "https", $"url {(string?)appearance["url"]}");
            Assert.False(string.IsNullOrWhiteSpace((string?)appearance["text"]));
        }

        var text = (string)reply["text"]!;
        var body = ReferenceDefinition().Replace(text, string.Empty);
        var markers = Marker().Matches(body).Select(m => int.Parse(m.Groups[1].Value)).Distinct().Order().ToList();
        Assert.Equal(positions.Order().ToList(), markers);
        Assert.Equal(Enumerable.Range(1, positions.Count), positions);
        return entity;
    }

    /// <summary>The Markdown reference definitions "[n]: &lt;url&gt; "title"" of a reply's text, by number.</summary>
    public static IReadOnlyDictionary<int, (string Url, string Title)> Definitions(string text) =>
        ReferenceDefinition().Matches(text).ToDictionary(
            m => int.Parse(m.Groups[1].Value),
            m => (m.Groups[2].Value, m.Groups[3].Value));

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?m)^\[(\d+)\]: <([^>]+)> ""((?:[^""\\]|\\.)*)""$")]
    private static partial Regex ReferenceDefinition();
}
