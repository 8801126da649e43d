using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Application.Evidence;

/// <summary>A page of the documents (for pages that link them), their contract and table, and how many match in all.</summary>
public sealed record DocumentsAnswer(IReadOnlyList<StoredDocument> Documents, IReadOnlyList<DocumentJson> Json, Table Table, int Total, int Offset);
