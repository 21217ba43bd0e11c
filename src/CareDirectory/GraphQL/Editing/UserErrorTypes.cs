using CareDirectory.Editing;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary><c>UserError</c>: why a mutation did not happen. Nothing is written when a payload has errors.</summary>
public sealed class UserErrorInterface : InterfaceGraphType<UserError>
{
    public UserErrorInterface()
    {
        Name = "UserError";
        Description = "Why a mutation did not happen; when a payload lists errors, nothing was written.";
        UserErrorFields.AddTo(this, resolve: false);
    }
}

/// <summary>The fields every user error has (the interface declares them; each object type resolves them).</summary>
public static class UserErrorFields
{
    public static void AddTo(IComplexGraphType type, bool resolve)
    {
        Add<NonNullGraphType<StringGraphType>>(type, resolve, "code", "Stable error code, e.g. VALIDATION_FAILED, INVALID_URL, CONFLICT, FORBIDDEN, NOT_FOUND.", e => e.Code);
        Add<NonNullGraphType<StringGraphType>>(type, resolve, "message", "What is wrong, for people; starts with the input field it concerns.", e => e.Message);
        Add<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>(type, resolve, "path", "Path to the input field, e.g. [\"input\", \"phones\", \"0\", \"number\"].", e => e.Path);
    }

    private static void Add<TGraphType>(IComplexGraphType type, bool resolve, string name, string description, Func<UserError, object> value) =>
        type.AddField(new FieldType
        {
            Name = name,
            Description = description,
            Type = typeof(TGraphType),
            Resolver = resolve ? new FuncFieldResolver<UserError, object>(c => value(c.Source)) : null,
        });
}

/// <summary>A user error of one kind.</summary>
public abstract class UserErrorObjectType : ObjectGraphType<UserError>
{
    protected UserErrorObjectType(string name, UserErrorKind kind, string description)
    {
        Name = name;
        Description = description;
        Interface<UserErrorInterface>();
        IsTypeOf = value => value is UserError error && error.Kind == kind;
        UserErrorFields.AddTo(this, resolve: true);
    }
}

/// <summary><c>ValidationError</c>.</summary>
public sealed class ValidationUserErrorType() : UserErrorObjectType("ValidationError", UserErrorKind.Validation,
    "The input is invalid: a required field is missing, a format is wrong (URL, email, E.164 phone), a value is out of range or unknown.");

/// <summary><c>ConflictError</c>.</summary>
public sealed class ConflictUserErrorType() : UserErrorObjectType("ConflictError", UserErrorKind.Conflict,
    "The record changed since you read it (the `version` you sent is stale); read it again and retry. Nothing was overwritten.");

/// <summary><c>NotFoundError</c>.</summary>
public sealed class NotFoundUserErrorType() : UserErrorObjectType("NotFoundError", UserErrorKind.NotFound,
    "A record the input names does not exist (or was archived).");

/// <summary><c>ForbiddenError</c>.</summary>
public sealed class ForbiddenUserErrorType() : UserErrorObjectType("ForbiddenError", UserErrorKind.Forbidden,
    "Your API key's scope does not cover the record, the record it would be attached to, or the place it would be moved to.");
