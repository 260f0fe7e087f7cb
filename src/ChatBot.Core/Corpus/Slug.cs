using System.Globalization;
using System.Text;

namespace ChatBot.Core.Corpus;

/// <summary>ASCII, URL-safe slugs for section ids ("Childhood and family (1879–1895)" → "childhood-and-family-1879-1895").</summary>
internal static class Slug
{
    public static string From(string title)
    {
        var decomposed = title.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var mapped = Transliterate(char.ToLowerInvariant(ch));
            if (mapped.Length > 0 && mapped.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9'))
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(mapped);
                pendingDash = false;
            }
            else if (ch is '\'' or '’' or '‘')
            {
                // "Lenin's illness" → "lenins-illness": an apostrophe does not split a word.
            }
            else
            {
                pendingDash = true;
            }
        }

        return sb.Length == 0 ? "section" : sb.ToString();
    }

    private static string Transliterate(char ch) => ch switch
    {
        'ł' => "l",
        'ø' => "o",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'đ' => "d",
        'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        _ => ch.ToString(),
    };
}
