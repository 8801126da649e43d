using System.Text;

namespace Chokepoint.Fuzz;

/// <summary>
/// Derives a hostile input from a seed: byte flips, inserted and deleted runs, splices from other
/// seeds, YAML alias tricks, huge and odd numbers, impossible dates, control characters and deep
/// nesting. One to four mutations per input, chosen by a generator seeded per input, so input n of a
/// run can be regenerated alone.
/// </summary>
internal static class Mutator
{
    private static readonly string[] Tokens =
    [
        "? &k [*k]\n: 1\n", "*undefined", "&a [*a]", "<<: *b\n", "- &x0 [a, a, a, a, a, a, a, a, a]\n- &x1 [*x0, *x0, *x0, *x0, *x0, *x0, *x0, *x0, *x0]\n- &x2 [*x1, *x1, *x1, *x1, *x1, *x1, *x1, *x1, *x1]\n- &x3 [*x2, *x2, *x2, *x2, *x2, *x2, *x2, *x2, *x2]\n- [*x3, *x3, *x3, *x3, *x3, *x3, *x3, *x3, *x3]\n",
        "1e308", "-1e308", "NaN", "Infinity", "99999999999999999999999", "-0", "0x1F", "1e-320", "2147483648", "-2147483649",
        "0001-01-01", "9999-12-31", "2025-02-30", "2025-13-01", "0000-00-00",
        "\u001b]0;pwned\u0007", "\u001b[2J", "\0", "\u202e", "\r", "\t", "\uFEFF", "\uFFFD", "\ud800",
        "\"", "'", ",", "\n", ":", "- ", "{", "[", "]", "}", "|", ">", "#", "%", "!!binary", "!!python/object", "---\n", "...\n",
        "<div>", "</div>", "<b>", "<script>", "<!--", "&amp;", "&#0;", "&#x110000;", "<![CDATA[", "<title>",
        "稀土", "年", "月", "日", "%", "per cent", "percent", "refines", "MOFCOM", "banned", "licence", "suspended",
    ];

    public static byte[] Mutate(byte[] seed, IReadOnlyList<byte[]> others, Random random, int maxMutations = 4)
    {
        var data = new List<byte>(seed);
        var count = 1 + random.Next(maxMutations);
        for (var m = 0; m < count; m++)
        {
            switch (random.Next(9))
            {
                case 0: // flip bits of a few bytes
                    for (var k = random.Next(1, 8); k > 0 && data.Count > 0; k--) data[random.Next(data.Count)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1: // random bytes
                    Insert(data, random, Enumerable.Range(0, random.Next(1, 16)).Select(_ => (byte)random.Next(256)).ToArray());
                    break;
                case 2: // delete a run
                    if (data.Count > 0) { var at = random.Next(data.Count); data.RemoveRange(at, Math.Min(data.Count - at, random.Next(1, 64))); }
                    break;
                case 3: // duplicate a run
                    if (data.Count > 0) { var at = random.Next(data.Count); Insert(data, random, data.GetRange(at, Math.Min(data.Count - at, random.Next(1, 128))).ToArray()); }
                    break;
                case 4: // splice a piece of another seed
                    var other = others[random.Next(others.Count)];
                    if (other.Length > 0) { var at = random.Next(other.Length); Insert(data, random, other.AsSpan(at, Math.Min(other.Length - at, random.Next(1, 256))).ToArray()); }
                    break;
                case 5 or 6: // a hostile token
                    Insert(data, random, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 7: // replace a number with a hostile one
                    ReplaceNumber(data, random);
                    break;
                default: // deep nesting or a long run
                    var unit = random.Next(4) switch { 0 => "[", 1 => "<div>", 2 => "<b>x ", _ => "a" };
                    Insert(data, random, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, random.Next(10, 2000)))));
                    break;
            }
        }
        return [.. data];
    }

    private static void Insert(List<byte> data, Random random, byte[] bytes) => data.InsertRange(random.Next(data.Count + 1), bytes);

    private static void ReplaceNumber(List<byte> data, Random random)
    {
        if (data.Count == 0) return;
        var start = random.Next(data.Count);
        while (start < data.Count && !char.IsAsciiDigit((char)data[start])) start++;
        if (start >= data.Count) return;
        var end = start;
        while (end < data.Count && (char.IsAsciiDigit((char)data[end]) || data[end] == '.')) end++;
        data.RemoveRange(start, end - start);
        data.InsertRange(start, Encoding.UTF8.GetBytes(Tokens[5 + random.Next(10)]));
    }
}
