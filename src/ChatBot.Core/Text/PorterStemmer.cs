namespace ChatBot.Core.Text;

/// <summary>The Porter (1980) suffix-stripping stemmer for lower-case English words.</summary>
public static class PorterStemmer
{
    /// <summary>The stem of <paramref name="word"/>; words of one or two letters and words with digits are returned as they are.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 2 || word.Any(c => c < 'a' || c > 'z'))
        {
            return word;
        }

        var w = new Word(word);
        w.Step1a();
        w.Step1b();
        w.Step1c();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToString();
    }

    private sealed class Word(string word)
    {
        private char[] b = word.ToCharArray();
        private int k = word.Length - 1; // last index of the current word
        private int j; // end of the stem for the suffix last matched

        public override string ToString() => new(b, 0, k + 1);

        private bool IsConsonant(int i) => b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        // m(): number of VC sequences in b[0..j].
        private int Measure()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > j) return n;
                if (!IsConsonant(i)) break;
                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > j) return n;
                    if (IsConsonant(i)) break;
                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > j) return n;
                    if (!IsConsonant(i)) break;
                    i++;
                }

                i++;
            }
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= j; i++)
            {
                if (!IsConsonant(i)) return true;
            }

            return false;
        }

        private bool DoubleConsonant(int i) => i >= 1 && b[i] == b[i - 1] && IsConsonant(i);

        // cvc(i): consonant-vowel-consonant ending at i, last not w, x or y.
        private bool Cvc(int i)
        {
            if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2)) return false;
            return b[i] is not ('w' or 'x' or 'y');
        }

        private bool EndsWith(string s)
        {
            var length = s.Length;
            if (length > k + 1) return false;
            for (var i = 0; i < length; i++)
            {
                if (b[k - length + 1 + i] != s[i]) return false;
            }

            j = k - length;
            return true;
        }

        private void SetTo(string s)
        {
            var length = s.Length;
            var needed = j + 1 + length;
            if (needed > b.Length) Array.Resize(ref b, needed);
            for (var i = 0; i < length; i++) b[j + 1 + i] = s[i];
            k = j + length;
        }

        private void ReplaceIfMeasured(string s)
        {
            if (Measure() > 0) SetTo(s);
        }

        public void Step1a()
        {
            if (b[k] != 's') return;
            if (EndsWith("sses")) k -= 2;
            else if (EndsWith("ies")) SetTo("i");
            else if (k >= 1 && b[k - 1] != 's') k--;
        }

        public void Step1b()
        {
            if (EndsWith("eed"))
            {
                if (Measure() > 0) k--;
                return;
            }

            if ((EndsWith("ed") || EndsWith("ing")) && VowelInStem())
            {
                k = j;
                if (EndsWith("at")) SetTo("ate");
                else if (EndsWith("bl")) SetTo("ble");
                else if (EndsWith("iz")) SetTo("ize");
                else if (DoubleConsonant(k))
                {
                    k--;
                    if (b[k] is 'l' or 's' or 'z') k++;
                }
                else if (Measure() == 1 && Cvc(k))
                {
                    j = k;
                    SetTo("e");
                }
            }
        }

        public void Step1c()
        {
            if (EndsWith("y") && VowelInStem()) b[k] = 'i';
        }

        private static readonly (string Suffix, string Replacement)[] Step2Rules =
        [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ];

        private static readonly (string Suffix, string Replacement)[] Step3Rules =
        [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ];

        private static readonly string[] Step4Suffixes =
        [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
            "iti", "ous", "ive", "ize",
        ];

        public void Step2()
        {
            if (k < 1) return;
            foreach (var (suffix, replacement) in Step2Rules)
            {
                if (EndsWith(suffix))
                {
                    ReplaceIfMeasured(replacement);
                    return;
                }
            }
        }

        public void Step3()
        {
            foreach (var (suffix, replacement) in Step3Rules)
            {
                if (EndsWith(suffix))
                {
                    ReplaceIfMeasured(replacement);
                    return;
                }
            }
        }

        public void Step4()
        {
            if (k < 1) return;
            foreach (var suffix in Step4Suffixes)
            {
                if (!EndsWith(suffix)) continue;
                if (suffix == "ion" && !(j >= 0 && b[j] is 's' or 't')) return;
                if (Measure() > 1) k = j;
                return;
            }
        }

        public void Step5()
        {
            j = k;
            if (b[k] == 'e')
            {
                var m = Measure();
                if (m > 1 || (m == 1 && !Cvc(k - 1))) k--;
            }

            if (b[k] == 'l' && DoubleConsonant(k) && Measure() > 1) k--;
        }
    }
}
