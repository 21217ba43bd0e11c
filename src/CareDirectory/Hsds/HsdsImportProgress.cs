namespace CareDirectory.Hsds;

/// <summary>Where an import is: the phase ("Validating", "Writing organizations", "Writing services") and records done of total.</summary>
public sealed record HsdsImportProgress(string Phase, long Done, long? Total);
