using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Application.Evidence;

/// <summary>The documents (for pages that link them), their contract and table.</summary>
public sealed record DocumentsAnswer(IReadOnlyList<StoredDocument> Documents, IReadOnlyList<DocumentJson> Json, Table Table);
