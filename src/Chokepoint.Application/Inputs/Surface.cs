namespace Chokepoint.Application.Inputs;

/// <summary>Which surface a request comes from: only decides how a message spells a parameter (--as-of or as_of).</summary>
public enum Surface
{
    /// <summary>The command line: options spelled --as-of.</summary>
    Cli,

    /// <summary>The web pages and API: query parameters spelled as_of.</summary>
    Web,
}
