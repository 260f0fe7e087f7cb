// Log Analytics workspace and a workspace-based Application Insights component for the host's telemetry.

@description('Azure region.')
param location string

@description('Prefix of the resource names.')
param namePrefix string

@description('Tags applied to every resource.')
param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-ai'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

@description('Connection string the host reads from APPLICATIONINSIGHTS_CONNECTION_STRING (not a secret: it only allows sending telemetry).')
output connectionString string = appInsights.properties.ConnectionString
