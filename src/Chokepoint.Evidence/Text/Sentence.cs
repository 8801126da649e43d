namespace Chokepoint.Evidence.Text;

/// <summary>A sentence of a document: its text and its character offsets [Start, End) in the document body (UTF-16 code units).</summary>
public readonly record struct Sentence(int Start, int End, string Text);
