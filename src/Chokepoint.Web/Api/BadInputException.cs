namespace Chokepoint.Web.Api;

/// <summary>An input of a request is invalid; becomes a problem-details response naming <see cref="Parameter"/>.</summary>
public sealed class BadInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BadInputException() { }

    /// <summary>Creates the exception with a message.</summary>
    public BadInputException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and cause.</summary>
    public BadInputException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception for one parameter; <paramref name="status"/> is 400 or 404.</summary>
    public BadInputException(string parameter, string message, int status = 400) : base(message)
    {
        Parameter = parameter;
        Status = status;
    }

    /// <summary>The query, route or form parameter at fault.</summary>
    public string Parameter { get; } = "";

    /// <summary>HTTP status: 400 invalid, 404 not found.</summary>
    public int Status { get; } = 400;
}
