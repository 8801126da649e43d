namespace Chokepoint.Evidence.Store;

/// <summary>A workspace read ran past its time budget and was stopped; the message says how to narrow it.</summary>
public sealed class QueryBudgetException : Exception
{
    /// <summary>Creates the exception.</summary>
    public QueryBudgetException() { }

    /// <summary>Creates the exception with a message.</summary>
    public QueryBudgetException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public QueryBudgetException(string message, Exception? inner) : base(message, inner) { }
}
