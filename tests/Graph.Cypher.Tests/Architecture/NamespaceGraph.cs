using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Graph.Cypher.Tests.Architecture;

/// <summary>
/// The namespace dependency graph of a compiled assembly, read with System.Reflection.Metadata: for each
/// type (nested and compiler-generated types count for their outermost declaring type), the namespaces of
/// the types its signatures, base types, interfaces and IL reference. Only namespaces under
/// <c>prefix</c> are kept, so the framework and other projects do not appear.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<string, SortedSet<string>> edges = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), SortedSet<string>> witnesses = [];

    private NamespaceGraph()
    {
    }

    public IEnumerable<string> Namespaces => edges.Keys.Order(StringComparer.Ordinal);

    public IReadOnlySet<string> DependenciesOf(string ns) =>
        edges.TryGetValue(ns, out var targets) ? targets : new SortedSet<string>();

    /// <summary>The types in <paramref name="from"/> that reference <paramref name="to"/>, for messages.</summary>
    public IReadOnlyCollection<string> Witnesses(string from, string to) =>
        witnesses.TryGetValue((from, to), out var types) ? types : [];

    public static NamespaceGraph Read(Assembly assembly, string prefix)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var graph = new NamespaceGraph();
        foreach (var handle in reader.TypeDefinitions)
        {
            var from = NamespaceOf(reader, handle);
            if (!InScope(from, prefix))
            {
                continue;
            }

            graph.AddNamespace(from);
            foreach (var to in ReferencedNamespaces(reader, pe, handle))
            {
                if (to != from && InScope(to, prefix))
                {
                    graph.AddEdge(from, to, [reader.GetString(Outermost(reader, handle).Name)]);
                }
            }
        }

        return graph;
    }

    /// <summary>Collapses each namespace to its room: the first segment under <paramref name="prefix"/>.</summary>
    public NamespaceGraph Collapse(string prefix)
    {
        var collapsed = new NamespaceGraph();
        foreach (var (from, targets) in edges)
        {
            var room = RoomOf(from, prefix);
            collapsed.AddNamespace(room);
            foreach (var to in targets)
            {
                var toRoom = RoomOf(to, prefix);
                if (toRoom != room)
                {
                    collapsed.AddEdge(room, toRoom, Witnesses(from, to).Select(t => from + "." + t));
                }
            }
        }

        return collapsed;
    }

    private void AddNamespace(string ns) => edges.TryAdd(ns, new SortedSet<string>(StringComparer.Ordinal));

    private void AddEdge(string from, string to, IEnumerable<string> usedBy)
    {
        AddNamespace(from);
        AddNamespace(to);
        edges[from].Add(to);
        if (!witnesses.TryGetValue((from, to), out var types))
        {
            witnesses[(from, to)] = types = new SortedSet<string>(StringComparer.Ordinal);
        }

        types.UnionWith(usedBy);
    }

    private static string RoomOf(string ns, string prefix)
    {
        if (ns == prefix)
        {
            return ns;
        }

        var rest = ns[(prefix.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return prefix + "." + (dot < 0 ? rest : rest[..dot]);
    }

    /// <summary>Every strongly connected component with more than one namespace (Tarjan), each sorted.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var components = new List<IReadOnlyList<string>>();
        var next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in DependenciesOf(v))
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] != index[v])
            {
                return;
            }

            var component = new List<string>();
            string popped;
            do
            {
                popped = stack.Pop();
                onStack.Remove(popped);
                component.Add(popped);
            }
            while (popped != v);
            if (component.Count > 1)
            {
                component.Sort(StringComparer.Ordinal);
                components.Add(component);
            }
        }

        foreach (var ns in Namespaces)
        {
            if (!index.ContainsKey(ns))
            {
                Visit(ns);
            }
        }

        return components;
    }

    private static bool InScope(string ns, string prefix) =>
        ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal);

    private static string NamespaceOf(MetadataReader reader, TypeDefinitionHandle handle) =>
        reader.GetString(Outermost(reader, handle).Namespace);

    /// <summary>Nested types (closures, iterators, records' helpers) have no namespace of their own.</summary>
    private static TypeDefinition Outermost(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        while (type.IsNested)
        {
            type = reader.GetTypeDefinition(type.GetDeclaringType());
        }

        return type;
    }

    private static HashSet<string> ReferencedNamespaces(MetadataReader reader, PEReader pe, TypeDefinitionHandle handle)
    {
        var collector = new Collector(reader);
        var type = reader.GetTypeDefinition(handle);
        collector.Add(type.BaseType);
        foreach (var implementation in type.GetInterfaceImplementations())
        {
            collector.Add(reader.GetInterfaceImplementation(implementation).Interface);
        }

        foreach (var fieldHandle in type.GetFields())
        {
            reader.GetFieldDefinition(fieldHandle).DecodeSignature(collector, null);
        }

        foreach (var methodHandle in type.GetMethods())
        {
            var method = reader.GetMethodDefinition(methodHandle);
            method.DecodeSignature(collector, null);
            if (method.RelativeVirtualAddress == 0)
            {
                continue;
            }

            var body = pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
            {
                reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(collector, null);
            }

            foreach (var token in IlTokens(body.GetILBytes() ?? []))
            {
                collector.AddToken(token);
            }
        }

        return collector.Namespaces;
    }

    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>The metadata tokens in a method body's IL (operands of ldtoken, call, newobj, castclass, …).</summary>
    private static IEnumerable<int> IlTokens(byte[] il)
    {
        var at = 0;
        while (at < il.Length)
        {
            short code = il[at++];
            if (code == 0xFE)
            {
                code = (short)(0xFE00 | il[at++]);
            }

            switch (OperandTypes[code])
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                    yield return BitConverter.ToInt32(il, at);
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineBrTarget:
                case OperandType.InlineI:
                case OperandType.InlineSig:
                case OperandType.InlineString:
                case OperandType.ShortInlineR:
                    at += 4;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    at += 1;
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Signature visitor that records the namespace of every type it meets.</summary>
    private sealed class Collector(MetadataReader reader) : ISignatureTypeProvider<bool, object?>
    {
        public HashSet<string> Namespaces { get; } = new(StringComparer.Ordinal);

        public void Add(EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return;
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    GetTypeFromDefinition(reader, (TypeDefinitionHandle)handle, 0);
                    break;
                case HandleKind.TypeReference:
                    GetTypeFromReference(reader, (TypeReferenceHandle)handle, 0);
                    break;
                case HandleKind.TypeSpecification:
                    reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                    break;
                default:
                    break;
            }
        }

        public void AddToken(int token)
        {
            var handle = MetadataTokens.EntityHandle(token);
            switch (handle.Kind)
            {
                case HandleKind.MethodDefinition:
                    var method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                    Add(method.GetDeclaringType());
                    method.DecodeSignature(this, null);
                    break;
                case HandleKind.FieldDefinition:
                    var field = reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                    Add(field.GetDeclaringType());
                    field.DecodeSignature(this, null);
                    break;
                case HandleKind.MemberReference:
                    var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                    Add(member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        member.DecodeMethodSignature(this, null);
                    }
                    else
                    {
                        member.DecodeFieldSignature(this, null);
                    }

                    break;
                case HandleKind.MethodSpecification:
                    var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    AddToken(MetadataTokens.GetToken(specification.Method));
                    specification.DecodeSignature(this, null);
                    break;
                default:
                    Add(handle);
                    break;
            }
        }

        public bool GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            Namespaces.Add(NamespaceOf(metadata, handle));
            return true;
        }

        public bool GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = metadata.GetTypeReference(handle);
            while (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                type = metadata.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
            }

            Namespaces.Add(metadata.GetString(type.Namespace));
            return true;
        }

        public bool GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
            return true;
        }

        public bool GetArrayType(bool elementType, ArrayShape shape) => true;

        public bool GetByReferenceType(bool elementType) => true;

        public bool GetFunctionPointerType(MethodSignature<bool> signature) => true;

        public bool GetGenericInstantiation(bool genericType, ImmutableArray<bool> typeArguments) => true;

        public bool GetGenericMethodParameter(object? genericContext, int index) => true;

        public bool GetGenericTypeParameter(object? genericContext, int index) => true;

        public bool GetModifiedType(bool modifier, bool unmodifiedType, bool isRequired) => true;

        public bool GetPinnedType(bool elementType) => true;

        public bool GetPointerType(bool elementType) => true;

        public bool GetPrimitiveType(PrimitiveTypeCode typeCode) => true;

        public bool GetSZArrayType(bool elementType) => true;
    }
}
