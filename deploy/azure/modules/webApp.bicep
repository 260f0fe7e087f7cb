// Linux App Service plan and the .NET 10 web app running ChatBot.Web, with its user-assigned identity.

@description('Azure region.')
param location string

@description('Web app name.')
param name string

@description('Tags applied to every resource.')
param tags object

@description('App Service plan SKU, e.g. B1, S1, P0v3.')
param skuName string

@description('Number of instances. Above 1, conversation state must live in Redis (State__Provider=Redis).')
@minValue(1)
param instanceCount int

@description('Resource id of the user-assigned identity the app runs as (Key Vault references, Azure OpenAI, Bot Framework MSI).')
param identityId string

@description('App settings as name/value pairs.')
param appSettings array

// Free and shared tiers cannot keep the app loaded; the index load at start-up makes cold starts costly.
var alwaysOn = !contains(['F1', 'D1'], skuName)

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet ChatBot.Web.dll'
      alwaysOn: alwaysOn
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      // App Service stops routing to an instance whose /healthz fails (it answers 200 only once the index is loaded).
      healthCheckPath: '/healthz'
      appSettings: appSettings
    }
  }
}

@description('Host name of the app, e.g. chatbot-abc.azurewebsites.net.')
output hostName string = site.properties.defaultHostName

@description('Web app name.')
output name string = site.name
