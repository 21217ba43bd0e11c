using CareDirectory.Rules;

namespace CareDirectory.Editing;

public enum UserErrorKind
{
    Validation,
    Conflict,
    NotFound,
    Forbidden,
}

/// <summary>Why a mutation did not happen, for the payload's <c>errors</c>; <see cref="Path"/> names the input field.</summary>
public sealed record UserError(UserErrorKind Kind, string Code, string Message, IReadOnlyList<string> Path)
{
    public static UserError Invalid(string message, params string[] path) => new(UserErrorKind.Validation, "VALIDATION_FAILED", message, ["input", .. path]);

    public static UserError Forbidden(string message, params string[] path) => new(UserErrorKind.Forbidden, "FORBIDDEN", message, ["input", .. path]);

    public static UserError NotFound(string message, params string[] path) => new(UserErrorKind.NotFound, "NOT_FOUND", message, ["input", .. path]);

    /// <summary>A record rule's violation, at the input field of the same name (<c>eligibility.minimumAge</c> → <c>input.eligibility.minimumAge</c>).</summary>
    public static UserError Of(RuleViolation violation) =>
        new(UserErrorKind.Validation, violation.Code, $"{violation.Field}: {violation.Message}", ["input", .. InputPath.Of(violation.Field)]);

    public static UserError Conflict(string message, params string[] path) => new(UserErrorKind.Conflict, "CONFLICT", message, ["input", .. path]);

    /// <summary>A restore of a record that is not archived.</summary>
    public static UserError NotArchived(string message, params string[] path) => new(UserErrorKind.Conflict, "NOT_ARCHIVED", message, ["input", .. path]);

    /// <summary>A restore of a record whose partner is still archived: restore the partner first.</summary>
    public static UserError PartnerArchived(string message, params string[] path) => new(UserErrorKind.Conflict, "PARTNER_ARCHIVED", message, ["input", .. path]);
}
