namespace CareDirectory.Editing;

/// <summary>A mutation's outcome: the record as written, or the errors that stopped it (then nothing was written).</summary>
public sealed record EditPayload(object? Record, IReadOnlyList<UserError> Errors)
{
    public static EditPayload Refused(IReadOnlyList<UserError> errors) => new(null, errors);
}
