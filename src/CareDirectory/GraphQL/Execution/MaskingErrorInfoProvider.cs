using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace CareDirectory.GraphQL.Execution;

/// <summary>
/// Gives every error an <c>extensions.code</c> from <see cref="GraphQLErrorCodes"/> (or the code a resolver
/// chose) and, unless <paramref name="exposeExceptionDetails"/> is set (Development), hides what an internal
/// exception would reveal: GraphQL.NET derives codes from exception type names and can attach stack traces.
/// </summary>
public sealed class MaskingErrorInfoProvider(bool exposeExceptionDetails)
    : ErrorInfoProvider(new ErrorInfoProviderOptions
    {
        ExposeExceptionDetails = exposeExceptionDetails,
        ExposeCodes = exposeExceptionDetails,
        ExposeData = false,
    })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        extensions["code"] = CodeFor(executionError);

        // Keep GraphQL.NET's rule code (e.g. FIELDS_ON_CORRECT_TYPE) next to the stable code: it says which rule failed.
        if (executionError is ValidationError and not OperationLimitError and not InvalidVariableError && executionError.Code is not null)
        {
            extensions["rule"] = executionError.Code;
        }

        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }

    private static string CodeFor(ExecutionError error) => error switch
    {
        UnhandledError => GraphQLErrorCodes.InternalError,
        SyntaxError => GraphQLErrorCodes.ParseFailed,
        TimeoutError => GraphQLErrorCodes.Timeout,
        OperationLimitError limit => limit.Code!,
        InvalidVariableError => GraphQLErrorCodes.InvalidVariables,
        ValidationError => GraphQLErrorCodes.ValidationFailed,
        { Code: { Length: > 0 } code } => code,
        _ => GraphQLErrorCodes.ExecutionError,
    };
}
