using System.Reflection;
using System.Reflection.Emit;

namespace CareDirectory.Tests.Architecture;

/// <summary>
/// Which types each type of an assembly uses, read from the compiled assembly rather than the source text, so
/// fully qualified names, global usings, <c>var</c>, lambdas and async state machines cannot hide a dependency.
/// Nested and compiler-generated types count as their top-level declaring type.
/// </summary>
public sealed class AssemblyDependencies
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> _opCodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => f.GetValue(null))
        .OfType<OpCode>()
        .ToDictionary(c => c.Value);

    private readonly HashSet<TypeUse> _uses = [];
    private readonly List<string> _unresolved = [];

    private AssemblyDependencies()
    {
    }

    /// <summary>Distinct (top-level user, used type) pairs; used types are non-generic or generic definitions.</summary>
    public IReadOnlyCollection<TypeUse> Uses => _uses;

    /// <summary>Metadata the scan could not resolve (a missing assembly, say), so a dependency may be missing.</summary>
    public IReadOnlyList<string> Unresolved => _unresolved;

    public static AssemblyDependencies Read(Assembly assembly) => Read(assembly.GetTypes().Where(t => !t.IsNested));

    /// <summary>Reads the given top-level types and everything nested in them (closures, state machines, iterators).</summary>
    public static AssemblyDependencies Read(IEnumerable<Type> topLevelTypes)
    {
        var dependencies = new AssemblyDependencies();
        var pending = new Stack<Type>(topLevelTypes);
        while (pending.TryPop(out var type))
        {
            dependencies.ReadType(type);
            foreach (var nested in type.GetNestedTypes(Declared))
            {
                pending.Push(nested);
            }
        }

        return dependencies;
    }

    /// <summary>The outermost declaring type: a closure or state machine belongs to the type that wrote the code.</summary>
    public static Type TopLevel(Type type)
    {
        while (type.DeclaringType is { } declaring)
        {
            type = declaring;
        }

        return type;
    }

    private void ReadType(Type type)
    {
        var user = TopLevel(type);
        Attempt(type, () =>
        {
            Add(user, type.BaseType);
            foreach (var contract in type.GetInterfaces())
            {
                Add(user, contract);
            }

            AddGenericParameters(user, type.IsGenericTypeDefinition ? type.GetGenericArguments() : []);
            AddAttributes(user, type.GetCustomAttributesData());
        });

        foreach (var field in type.GetFields(Declared))
        {
            Attempt(field, () =>
            {
                Add(user, field.FieldType);
                AddAttributes(user, field.GetCustomAttributesData());
            });
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Attempt(property, () =>
            {
                Add(user, property.PropertyType);
                AddAttributes(user, property.GetCustomAttributesData());
            });
        }

        foreach (var @event in type.GetEvents(Declared))
        {
            Attempt(@event, () => Add(user, @event.EventHandlerType));
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            Attempt(method, () => ReadMethod(user, type, method));
        }
    }

    private void ReadMethod(Type user, Type type, MethodBase method)
    {
        AddSignature(user, method);
        AddAttributes(user, method.GetCustomAttributesData());
        foreach (var parameter in method.GetParameters())
        {
            AddAttributes(user, parameter.GetCustomAttributesData());
        }

        if (method is MethodInfo { IsGenericMethodDefinition: true } generic)
        {
            AddGenericParameters(user, generic.GetGenericArguments());
        }

        if (method.GetMethodBody() is not { } body)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            Add(user, local.LocalType);
        }

        foreach (var clause in body.ExceptionHandlingClauses)
        {
            if (clause.Flags == ExceptionHandlingClauseOptions.Clause)
            {
                Add(user, clause.CatchType);
            }
        }

        var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        foreach (var token in MetadataTokens(body.GetILAsByteArray() ?? []))
        {
            try
            {
                AddMember(user, method.Module.ResolveMember(token, typeArguments, methodArguments));
            }
            catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException or IOException or MissingMemberException)
            {
                _unresolved.Add($"{method.DeclaringType}.{method.Name}: token 0x{token:X8}: {e.Message}");
            }
        }
    }

    /// <summary>The tokens of every instruction that names a type, field or method (call, newobj, ldfld, box, ldtoken…).</summary>
    private static IEnumerable<int> MetadataTokens(byte[] il)
    {
        var offset = 0;
        while (offset < il.Length)
        {
            // Two-byte opcodes start with 0xFE and their Value is 0xFExx, a negative short.
            var value = il[offset] == 0xFE ? (short)(0xFE00 | il[++offset]) : il[offset];
            offset++;
            if (!_opCodes.TryGetValue(value, out var code))
            {
                throw new InvalidOperationException($"Unknown IL opcode 0x{value:X4}: the scan would misread every token after it");
            }

            if (code.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType)
            {
                yield return BitConverter.ToInt32(il, offset);
            }

            offset += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, offset)),
                _ => 4,
            };
        }
    }

    private void AddMember(Type user, MemberInfo? member)
    {
        switch (member)
        {
            case Type type:
                Add(user, type);
                break;
            case FieldInfo field:
                Add(user, field.DeclaringType);
                Add(user, field.FieldType);
                break;
            case MethodBase method:
                Add(user, method.DeclaringType);
                AddSignature(user, method);
                if (method is MethodInfo { IsGenericMethod: true } generic)
                {
                    foreach (var argument in generic.GetGenericArguments())
                    {
                        Add(user, argument);
                    }
                }

                break;
        }
    }

    private void AddSignature(Type user, MethodBase method)
    {
        if (method is MethodInfo info)
        {
            Add(user, info.ReturnType);
        }

        foreach (var parameter in method.GetParameters())
        {
            Add(user, parameter.ParameterType);
        }
    }

    private void AddGenericParameters(Type user, Type[] parameters)
    {
        foreach (var constraint in parameters.SelectMany(p => p.GetGenericParameterConstraints()))
        {
            Add(user, constraint);
        }
    }

    private void AddAttributes(Type user, IEnumerable<CustomAttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            Add(user, attribute.AttributeType);
            var arguments = attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(a => a.TypedValue));
            AddArguments(user, arguments);
        }
    }

    private void AddArguments(Type user, IEnumerable<CustomAttributeTypedArgument> arguments)
    {
        foreach (var argument in arguments)
        {
            Add(user, argument.ArgumentType);
            switch (argument.Value)
            {
                case Type type:
                    Add(user, type);
                    break;
                case IEnumerable<CustomAttributeTypedArgument> elements:
                    AddArguments(user, elements);
                    break;
            }
        }
    }

    /// <summary>Records a use of the type and, for arrays, by-refs and constructed generics, of every type inside it.</summary>
    private void Add(Type user, Type? used)
    {
        if (used is null || used.IsGenericParameter)
        {
            return;
        }

        if (used.HasElementType)
        {
            Add(user, used.GetElementType());
            return;
        }

        if (used.IsGenericType && !used.IsGenericTypeDefinition)
        {
            foreach (var argument in used.GetGenericArguments())
            {
                Add(user, argument);
            }

            used = used.GetGenericTypeDefinition();
        }

        _uses.Add(new TypeUse(user, used));
    }

    private void Attempt(MemberInfo member, Action read)
    {
        try
        {
            read();
        }
        catch (Exception e) when (e is TypeLoadException or IOException or BadImageFormatException)
        {
            _unresolved.Add($"{member.DeclaringType ?? member}.{member.Name}: {e.Message}");
        }
    }
}
