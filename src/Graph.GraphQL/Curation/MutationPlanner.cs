using Graph.Core.Model;
using Graph.GraphQL.Schema;
using Graph.GraphQL.Translation;

namespace Graph.GraphQL.Curation;

/// <summary>
/// Reads one root mutation field (create/update/delete) into a <see cref="CurationPlan"/>: checks every input value
/// against the model, resolves every <c>where</c> to concrete nodes and relationships with validation reads, and
/// collects one problem per refused field. Relationship fields and edge properties come from the model only.
/// </summary>
internal sealed class MutationPlanner(GraphReader reader)
{
    private readonly CurationPlan _plan = new();
    private readonly Dictionary<NodeRef, string> _idPaths = [];
    private readonly KnowledgeModel _model = reader.Model;

    public async Task<CurationPlan> CreateAsync(EntityType entity, FieldRequest field)
    {
        var i = 0;
        foreach (var item in FilterTranslator.Items(field.Argument("input")))
        {
            if (await CreateNodeAsync(entity, FilterTranslator.AsMap(item), $"input[{i++}]") is { } node) _plan.Results.Add(node);
        }
        await CheckNewIdsAsync();
        await FinishAsync();
        return _plan;
    }

    public async Task<CurationPlan> UpdateAsync(EntityType entity, FieldRequest field)
    {
        var nodes = await MatchRequiredAsync([entity.Label], field.Argument("where"), "where", "update");
        if (nodes is null) return _plan;
        _plan.Results.AddRange(nodes);
        var update = FilterTranslator.AsMap(field.Argument("update"));
        await UpdatePropertiesAsync(entity, nodes, update);
        foreach (var relationship in _model.FieldsOf(entity.Label))
        {
            var j = 0;
            foreach (var item in FilterTranslator.Items(update.GetValueOrDefault(relationship.Name)))
            {
                await UpdateRelationshipAsync(nodes, relationship, FilterTranslator.AsMap(item), $"update.{relationship.Name}[{j++}]");
            }
        }
        await CheckNewIdsAsync();
        await FinishAsync();
        return _plan;
    }

    public async Task<CurationPlan> DeleteAsync(EntityType entity, FieldRequest field)
    {
        var nodes = await MatchRequiredAsync([entity.Label], field.Argument("where"), "where", "delete");
        if (nodes is null || nodes.Count == 0) return _plan;
        var ids = nodes.Select(n => n.Id).ToList();
        if (field.Argument("cascade") is not true)
        {
            foreach (var (id, count) in await reader.FactCountsAsync(entity.Label, ids))
            {
                if (count > 0)
                {
                    _plan.Problem("where", $"{entity.Label} '{id}' still has {count} fact relationship{(count == 1 ? "" : "s")}; disconnect them first, or delete with cascade: true to remove them with it.");
                }
            }
        }
        if (entity.Label == DocumentLabel)
        {
            foreach (var (id, count) in await reader.CitationsAsync(ids))
            {
                _plan.Problem("where", $"Document '{id}' is cited as the source of {count} relationship{(count == 1 ? "" : "s")}; it cannot be deleted while they cite it.");
            }
        }
        _plan.NodeDeletes.AddRange(nodes);
        return _plan;
    }

    private const string DocumentLabel = "Document";

    private async Task<NodeRef?> CreateNodeAsync(EntityType entity, IReadOnlyDictionary<string, object?> input, string path)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entity.Properties)
        {
            input.TryGetValue(property.Name, out var value);
            InputValidator.Check(property, value, $"{path}.{property.Name}", _plan);
            if (value is not null) properties[property.Name] = InputValidator.Stored(value);
        }
        if (properties.GetValueOrDefault("id") is not string id) return null;
        var node = new NodeRef(entity.Label, id);
        _idPaths.TryAdd(node, $"{path}.id");
        _plan.NodeCreates.Add(new NodeWrite(node, properties));
        foreach (var relationship in _model.FieldsOf(entity.Label))
        {
            if (input.GetValueOrDefault(relationship.Name) is not { } nested) continue;
            var fieldInput = FilterTranslator.AsMap(nested);
            await ConnectAllAsync([node], relationship, fieldInput, $"{path}.{relationship.Name}");
            await CreateAllAsync([node], relationship, fieldInput, $"{path}.{relationship.Name}");
        }
        return node;
    }

    /// <summary>
    /// <c>set</c> gives every matched node the same value; <c>add</c>, <c>push</c> … are computed per node from its
    /// stored value (read in this transaction), so each node gets its own row of the one write statement.
    /// </summary>
    private async Task UpdatePropertiesAsync(EntityType entity, IReadOnlyList<NodeRef> nodes, IReadOnlyDictionary<string, object?> update)
    {
        var changes = PropertyChanges.Read(entity.Properties.Where(p => p.Name != "id"), update, "update", _plan);
        if (changes.IsEmpty) return;
        await GuardCitedDocumentsAsync(entity, nodes, changes.Sets());
        var stored = changes.ReadsStored ? await reader.PropertiesAsync(entity.Label, nodes.Select(n => n.Id)) : [];
        foreach (var node in nodes)
        {
            _plan.NodeUpdates.Add(new NodeWrite(node, changes.Apply(stored.GetValueOrDefault(node.Id), node.ToString(), _plan)));
        }
    }

    private async Task UpdateRelationshipAsync(IReadOnlyList<NodeRef> owners, RelationshipField field, IReadOnlyDictionary<string, object?> input, string path)
    {
        var j = 0;
        foreach (var item in FilterTranslator.Items(input.GetValueOrDefault("disconnect")))
        {
            var where = FilterTranslator.AsMap(item).GetValueOrDefault("where");
            var itemPath = $"{path}.disconnect[{j++}].where";
            if (IsEmpty(where))
            {
                _plan.Problem(itemPath, "disconnect needs a condition on the related node or the edge; an empty one would remove every relationship of the field.");
                continue;
            }
            foreach (var (edge, _) in await reader.EdgesAsync(field, owners, where)) _plan.EdgeDeletes.Add(edge);
        }
        if (input.GetValueOrDefault("update") is { } update)
        {
            var changes = FilterTranslator.AsMap(update);
            await UpdateEdgesAsync(owners, field, changes.GetValueOrDefault("where"), changes, path);
        }
        await ConnectAllAsync(owners, field, input, path);
        if (input.ContainsKey("create") && owners.Count > 1)
        {
            _plan.Problem($"{path}.create", $"this update matches {owners.Count} nodes; a nested create would make one node per match with the same id. Narrow the where to one node.");
            return;
        }
        await CreateAllAsync(owners, field, input, path);
    }

    private async Task UpdateEdgesAsync(IReadOnlyList<NodeRef> owners, RelationshipField field, object? where, IReadOnlyDictionary<string, object?> update, string path)
    {
        if (IsEmpty(where))
        {
            _plan.Problem($"{path}.update.where", "an edge update needs a where selecting the relationships it changes.");
            return;
        }
        var type = _model.Relationship(field.RelationshipType)!;
        var edgePath = $"{path}.update.edge";
        var changes = PropertyChanges.Read(type.Properties, FilterTranslator.AsMap(update.GetValueOrDefault("edge")), edgePath, _plan);
        if (changes.IsEmpty) return;
        foreach (var (edge, existing) in await reader.EdgesAsync(field, owners, where))
        {
            var set = changes.Apply(existing, edge.ToString(), _plan);
            var result = new Dictionary<string, object?>(existing, StringComparer.Ordinal);
            foreach (var (name, value) in set)
            {
                if (value is null) result.Remove(name);
                else result[name] = value;
            }
            _plan.EdgeUpdates.Add(new EdgeWrite(edge, set, edgePath, result));
        }
    }

    private async Task ConnectAllAsync(IReadOnlyList<NodeRef> owners, RelationshipField field, IReadOnlyDictionary<string, object?> input, string path)
    {
        var type = _model.Relationship(field.RelationshipType)!;
        var j = 0;
        foreach (var item in FilterTranslator.Items(input.GetValueOrDefault("connect")))
        {
            var itemPath = $"{path}.connect[{j++}]";
            var connect = FilterTranslator.AsMap(item);
            var properties = EdgeProperties(type, connect.GetValueOrDefault("edge"), $"{itemPath}.edge");
            var where = FilterTranslator.AsMap(connect.GetValueOrDefault("where")).GetValueOrDefault("node");
            var targets = await MatchRequiredAsync(field.Targets, where, $"{itemPath}.where.node", "connect");
            if (targets is null) continue;
            if (targets.Count == 0)
            {
                _plan.Problem($"{itemPath}.where", $"no {SchemaNames.TargetType(field)} matches; nothing to connect through {field.Owner}.{field.Name}.");
                continue;
            }
            foreach (var owner in owners)
            {
                foreach (var target in targets) await AddEdgeAsync(GraphReader.Edge(field, owner, target), properties, $"{itemPath}.edge", itemPath);
            }
            await CheckSingleAsync(owners, field, itemPath);
        }
    }

    private async Task CreateAllAsync(IReadOnlyList<NodeRef> owners, RelationshipField field, IReadOnlyDictionary<string, object?> input, string path)
    {
        if (!SchemaNames.CanCreate(field)) return;
        var type = _model.Relationship(field.RelationshipType)!;
        var target = _model.Entity(field.Targets[0])!;
        var j = 0;
        foreach (var item in FilterTranslator.Items(input.GetValueOrDefault("create")))
        {
            var itemPath = $"{path}.create[{j++}]";
            var create = FilterTranslator.AsMap(item);
            var properties = EdgeProperties(type, create.GetValueOrDefault("edge"), $"{itemPath}.edge");
            if (await CreateNodeAsync(target, FilterTranslator.AsMap(create.GetValueOrDefault("node")), $"{itemPath}.node") is not { } node) continue;
            foreach (var owner in owners) await AddEdgeAsync(GraphReader.Edge(field, owner, node), properties, $"{itemPath}.edge", itemPath);
            await CheckSingleAsync(owners, field, itemPath);
        }
    }

    /// <summary>A single-valued field (Ministry.state, Event.place …) may hold at most one node after the change.</summary>
    private async Task CheckSingleAsync(IReadOnlyList<NodeRef> owners, RelationshipField field, string itemPath)
    {
        if (field.IsList) return;
        var created = _plan.NodeCreates.Select(n => n.Node).ToHashSet();
        foreach (var owner in owners)
        {
            var planned = _plan.EdgeCreates.Count(e => Holds(field, owner, e.Edge));
            var stored = created.Contains(owner) ? 0
                : (await reader.EdgesAsync(field, [owner], null)).Count(e => !_plan.EdgeDeletes.Contains(e.Edge));
            if (planned + stored > 1)
            {
                _plan.Problem(itemPath, $"{field.Owner}.{field.Name} holds one {SchemaNames.TargetType(field)}, but {owner} would have {planned + stored}; disconnect the current one in the same request first.");
            }
        }
    }

    private static bool Holds(RelationshipField field, NodeRef owner, EdgeRef edge) =>
        edge.Type == field.RelationshipType && (field.Direction == RelationshipDirection.Outgoing
            ? edge.From == owner && field.Targets.Contains(edge.To.Label)
            : edge.To == owner && field.Targets.Contains(edge.From.Label));

    private async Task AddEdgeAsync(EdgeRef edge, IReadOnlyDictionary<string, object?> properties, string edgePath, string itemPath)
    {
        var created = _plan.NodeCreates.Select(n => n.Node).ToHashSet();
        var duplicate = _plan.EdgeCreates.Any(e => e.Edge == edge)
            || (!created.Contains(edge.From) && !created.Contains(edge.To) && !_plan.EdgeDeletes.Contains(edge) && await reader.EdgeExistsAsync(edge));
        if (duplicate)
        {
            _plan.Problem(itemPath, $"{edge} exists already; update its edge instead of connecting again.");
            return;
        }
        _plan.EdgeCreates.Add(new EdgeWrite(edge, properties, edgePath, properties));
    }

    private Dictionary<string, object?> EdgeProperties(RelationshipType type, object? input, string path)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in FilterTranslator.AsMap(input))
        {
            if (type.Properties.FirstOrDefault(p => p.Name == name) is not { } property) continue;
            InputValidator.Check(property, value, $"{path}.{name}", _plan);
            if (value is not null) properties[name] = InputValidator.Stored(value);
        }
        return properties;
    }

    /// <summary>The nodes a where matches; null (with a problem) when it has no condition at all.</summary>
    private async Task<List<NodeRef>?> MatchRequiredAsync(IReadOnlyList<string> labels, object? where, string path, string verb)
    {
        var (predicate, context) = reader.Predicate("n", labels, where);
        if (predicate is null)
        {
            _plan.Problem(path, $"{verb} needs a where with at least one condition (e.g. {{ id: {{ eq: \"…\" }} }}); an empty one would apply to every {string.Join(" or ", labels)}.");
            return null;
        }
        return await reader.MatchAsync(labels, predicate, context);
    }

    private bool IsEmpty(object? where) => where is null || FilterTranslator.AsMap(where).Count == 0;

    /// <summary>A document's text and source are what its citations point into; they stay fixed while cited.</summary>
    private async Task GuardCitedDocumentsAsync(EntityType entity, IReadOnlyList<NodeRef> nodes, IReadOnlyDictionary<string, object?> set)
    {
        if (entity.Label != DocumentLabel) return;
        var guarded = set.Keys.Where(k => k is "text" or "source").ToList();
        if (guarded.Count == 0) return;
        var before = await reader.PropertiesAsync(DocumentLabel, nodes.Select(n => n.Id));
        var citations = await reader.CitationsAsync(nodes.Select(n => n.Id));
        foreach (var node in nodes)
        {
            var count = citations.GetValueOrDefault(node.Id);
            if (count == 0) continue;
            foreach (var key in guarded)
            {
                var old = before.GetValueOrDefault(node.Id)?.GetValueOrDefault(key);
                if (Equals(old, set[key])) continue;
                _plan.Problem($"update.{key}", $"Document '{node.Id}' is cited as the source of {count} relationship{(count == 1 ? "" : "s")}; its {key} cannot change while they cite it.");
            }
        }
    }

    /// <summary>New ids must be new: neither stored already nor given twice in one request.</summary>
    private async Task CheckNewIdsAsync()
    {
        foreach (var group in _plan.NodeCreates.GroupBy(n => n.Node.Label))
        {
            var ids = group.Select(n => n.Node.Id).ToList();
            foreach (var twice in group.GroupBy(n => n.Node).Where(g => g.Count() > 1))
            {
                _plan.Problem(_idPaths[twice.Key], $"{group.Key} id '{twice.Key.Id}' is given {twice.Count()} times in this request.");
            }
            foreach (var existing in (await reader.ExistingAsync(group.Key, ids)).Order(StringComparer.Ordinal))
            {
                _plan.Problem(_idPaths[new NodeRef(group.Key, existing)], $"a {group.Key} with id '{existing}' exists already.");
            }
        }
    }

    private async Task FinishAsync()
    {
        if (_plan.EdgeCreates.Count + _plan.EdgeUpdates.Count == 0) return;
        await new ProvenanceRule(reader).CheckAsync(_plan);
    }
}
