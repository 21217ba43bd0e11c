using CareDirectory.Editing;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary>A user error of one kind: implements <c>Error</c> and keeps our stable code and the input path.</summary>
public abstract class UserErrorObjectType : ObjectGraphType<UserError>
{
    protected UserErrorObjectType(string name, UserErrorKind kind, string description)
    {
        Name = name;
        Description = description;
        Interface<ErrorInterface>();
        IsTypeOf = value => value is UserError error && error.Kind == kind;
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong, for people; starts with the input field it concerns.").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable error code, e.g. VALIDATION_FAILED, INVALID_URL, CONFLICT, FORBIDDEN, NOT_FOUND.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("path").Description("Path to the input field, e.g. [\"input\", \"phones\", \"0\", \"number\"].").Resolve(c => c.Source.Path);
    }
}

/// <summary><c>ValidationError</c>.</summary>
public sealed class ValidationUserErrorType() : UserErrorObjectType("ValidationError", UserErrorKind.Validation,
    "The input is invalid: a required field is missing, a format is wrong (URL, email, E.164 phone), a value is out of range or unknown.");

/// <summary><c>ConflictError</c>.</summary>
public sealed class ConflictUserErrorType() : UserErrorObjectType("ConflictError", UserErrorKind.Conflict,
    "The record changed since you read it (the `version` you sent is stale), is not archived (NOT_ARCHIVED) or hangs from an archived partner (PARTNER_ARCHIVED). Nothing was overwritten.");

/// <summary><c>NotFoundError</c>.</summary>
public sealed class NotFoundUserErrorType() : UserErrorObjectType("NotFoundError", UserErrorKind.NotFound,
    "A record the input names does not exist (or was archived).");

/// <summary><c>ForbiddenError</c>.</summary>
public sealed class ForbiddenUserErrorType() : UserErrorObjectType("ForbiddenError", UserErrorKind.Forbidden,
    "Your API key's scope does not cover the record, the record it would be attached to, or the place it would be moved to.");
