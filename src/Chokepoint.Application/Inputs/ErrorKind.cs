namespace Chokepoint.Application.Inputs;

/// <summary>What kind of refusal a <see cref="RequestException"/> is; each surface maps it to its own code (exit code, HTTP status).</summary>
public enum ErrorKind
{
    /// <summary>The request is malformed or out of range (CLI exit 1, HTTP 400).</summary>
    Invalid,

    /// <summary>The request names something that does not exist (CLI exit 1, HTTP 404).</summary>
    NotFound,

    /// <summary>The data the request reads is invalid (CLI exit 2, HTTP 400).</summary>
    InvalidData,
}
