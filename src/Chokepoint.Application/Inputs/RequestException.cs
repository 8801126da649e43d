namespace Chokepoint.Application.Inputs;

/// <summary>
/// A request the application refuses, with a message that names the input at fault and what was expected. The CLI
/// prints it as "Error: …" with its exit code; the web answers problem details naming <see cref="Parameter"/>.
/// </summary>
public sealed class RequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RequestException() { }

    /// <summary>Creates the exception with a message.</summary>
    public RequestException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and cause.</summary>
    public RequestException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception for one input.</summary>
    /// <param name="parameter">The option or query parameter at fault, as the surface spells it (--as-of, as_of).</param>
    public RequestException(string parameter, string message, ErrorKind kind = ErrorKind.Invalid, Exception? inner = null) : base(message, inner)
    {
        Parameter = parameter;
        Kind = kind;
    }

    /// <summary>The input at fault ("" when the whole request is).</summary>
    public string Parameter { get; } = "";

    /// <summary>What kind of refusal this is.</summary>
    public ErrorKind Kind { get; } = ErrorKind.Invalid;

    /// <summary>Problems found in the input (file, line, column), printed before the message; empty when none.</summary>
    public IReadOnlyList<Data.Diagnostics.Diagnostic> Diagnostics { get; init; } = [];
}
