using System.Diagnostics;
using System.Text;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Data.Yaml;

namespace Chokepoint.Data.Tests;

/// <summary>Issue 13 defect 1: YAML alias tricks end in a diagnostic quickly instead of a stack overflow or exponential time.</summary>
public sealed class HostileYamlTests
{
    private static Diagnostic Refused(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var watch = Stopwatch.StartNew();
        var root = YamlDocument.Parse("controls.yaml", yaml, diagnostics);
        watch.Stop();
        Assert.Null(root);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        return Assert.Single(diagnostics.Items);
    }

    [Fact]
    public void A_recursive_alias_used_as_a_key_is_refused_not_a_stack_overflow()
    {
        var d = Refused("? &k [*k]\n: 1\n");

        Assert.Contains("mapping key", d.Message, StringComparison.Ordinal);
        Assert.Equal(1, d.Line);
    }

    [Fact]
    public void An_alias_used_as_a_key_is_refused()
    {
        var d = Refused("a: &x name\n*x : 1\n");

        Assert.Contains("alias '*x' is used as a mapping key", d.Message, StringComparison.Ordinal);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void A_recursive_alias_as_a_value_is_refused()
    {
        var d = Refused("- &a [1, *a]\n");

        Assert.True(d.Message.Contains("recursive alias", StringComparison.Ordinal) || d.Message.Contains("invalid YAML", StringComparison.Ordinal), d.Message);
    }

    [Fact]
    public void A_long_chain_of_aliases_is_refused_by_the_expansion_bound()
    {
        var sb = new StringBuilder("- &a0 [x]\n");
        for (var i = 1; i < 100_000; i++) sb.Append("- &a").Append(i).Append(" [*a").Append(i - 1).Append("]\n");

        var d = Refused(sb.ToString());

        Assert.Contains("expand to more than", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_billion_laughs_used_as_a_key_is_refused_quickly()
    {
        var sb = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 10; i++)
            sb.Append('l').Append(i).Append(": &l").Append(i).Append(" [").Append(string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))).Append("]\n");
        sb.Append("? *l10\n: 1\n");

        var d = Refused(sb.ToString());

        Assert.Contains("expand to more than", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_aliases_within_the_bound_still_work()
    {
        var diagnostics = new DiagnosticBag();

        var root = YamlDocument.Parse("s.yaml", "base: &b [gallium, germanium]\nitems: *b\n", diagnostics);

        Assert.NotNull(root);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_tag_that_is_not_a_uri_is_a_diagnostic_not_an_argument_exception()
    {
        // Found by the fuzzer: YamlDotNet throws ArgumentException ("Global tags must be valid URIs") here.
        var diagnostics = new DiagnosticBag();

        var root = YamlDocument.Parse("s.yaml", "name: x\nmeasures: !!binary[CHN-TEST-46]\n", diagnostics);

        Assert.Null(root);
        Assert.Contains("invalid YAML", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }
}
