namespace CareDirectory.Tests.Architecture;

/// <summary>One top-level type of an assembly using another type somewhere in its metadata or IL.</summary>
public sealed record TypeUse(Type User, Type Used);
