using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Application.Evidence;

/// <summary>A page of the documents (for pages that link them; with how many match in all), their contract and table.</summary>
public sealed record DocumentsAnswer(Page<StoredDocument> Page, IReadOnlyList<DocumentJson> Json, Table Table);
