// ChatBot on Azure: Azure Bot (Teams, Direct Line, Web Chat) -> App Service (Linux, .NET 10) -> Azure OpenAI,
// with secrets in Key Vault (referenced from app settings, never stored in them) and telemetry in Application Insights.
// Deploy: az deployment group create -g <rg> -f deploy/azure/main.bicep --parameters @deploy/azure/main.parameters.json
targetScope = 'resourceGroup'

@description('Short name used as the prefix of every resource name (lowercase letters, digits, hyphens).')
@minLength(3)
@maxLength(12)
param baseName string = 'chatbot'

@description('Region of the App Service, Key Vault, Redis and monitoring resources.')
param location string = resourceGroup().location

@description('Region of the Azure OpenAI account (must offer the chat and embedding models below).')
param openAiLocation string = location

@description('How the bot authenticates to Bot Framework: SingleTenant (app registration + client secret) or UserAssignedMSI (the web app\'s identity, no secret).')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param msaAppType string = 'UserAssignedMSI'

@description('SingleTenant only: client id of the Entra app registration.')
param botAppId string = ''

@description('SingleTenant only: client secret of the app registration; stored in Key Vault. Pass it on the command line, never in a file.')
@secure()
param botAppPassword string = ''

@description('Bot display name in Teams and Web Chat.')
param botDisplayName string = 'ChatBot'

@description('Azure Bot SKU.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan SKU.')
param appServiceSku string = 'B1'

@description('Number of web app instances; above 1 requires stateProvider Redis so a conversation can move between instances.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Where conversation state lives: Memory (one instance) or Redis (shared by every instance).')
@allowed([
  'Memory'
  'Redis'
])
param stateProvider string = 'Memory'

@description('Embeddings used by retrieval: AzureOpenAI (the deployment below) or Local (the bundled MiniLM model; the prebuilt index snapshot works as is).')
@allowed([
  'AzureOpenAI'
  'Local'
])
param embeddingsProvider string = 'AzureOpenAI'

@description('Chat model deployment.')
param chatDeployment object = {
  name: 'chat'
  model: 'gpt-4o-mini'
  version: '2024-07-18'
  sku: 'GlobalStandard'
  capacity: 30
}

@description('Embedding model deployment.')
param embeddingDeployment object = {
  name: 'embedding'
  model: 'text-embedding-3-small'
  version: '1'
  sku: 'Standard'
  capacity: 30
}

@description('Tags applied to every resource.')
param tags object = {
  app: 'chatbot'
}

var suffix = take(uniqueString(resourceGroup().id, baseName), 8)
var namePrefix = '${baseName}-${suffix}'
var keyVaultName = 'kv-${take(baseName, 12)}-${suffix}'
var useRedis = stateProvider == 'Redis'
var useMsi = msaAppType == 'UserAssignedMSI'

// One identity for everything the app does: Key Vault references, Azure OpenAI calls and (with UserAssignedMSI) the bot itself.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-id'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    namePrefix: namePrefix
    tags: tags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    name: keyVaultName
    tags: tags
    readerPrincipalId: identity.properties.principalId
    botAppPassword: useMsi ? '' : botAppPassword
  }
}

module openAi 'modules/openAi.bicep' = {
  name: 'openAi'
  params: {
    location: openAiLocation
    name: '${namePrefix}-openai'
    tags: tags
    userPrincipalId: identity.properties.principalId
    chat: chatDeployment
    embedding: embeddingDeployment
  }
}

module redis 'modules/redis.bicep' = if (useRedis) {
  name: 'redis'
  params: {
    location: location
    name: '${namePrefix}-redis'
    tags: tags
    keyVaultName: keyVault.outputs.name
  }
}

var botSettings = [
  {
    name: 'MicrosoftAppType'
    value: msaAppType
  }
  {
    name: 'MicrosoftAppId'
    value: useMsi ? identity.properties.clientId : botAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: tenant().tenantId
  }
  {
    name: 'MicrosoftAppPassword'
    value: useMsi ? '' : '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.botCredentialUri})'
  }
]

var aiSettings = [
  {
    // DefaultAzureCredential picks the user-assigned identity by this client id.
    name: 'AZURE_CLIENT_ID'
    value: identity.properties.clientId
  }
  {
    name: 'AI__Provider'
    value: 'AzureOpenAI'
  }
  {
    name: 'AI__Endpoint'
    value: openAi.outputs.endpoint
  }
  {
    name: 'AI__ChatDeployment'
    value: openAi.outputs.chatDeploymentName
  }
  {
    name: 'Embeddings__Provider'
    value: embeddingsProvider
  }
  {
    name: 'Embeddings__Endpoint'
    value: openAi.outputs.endpoint
  }
  {
    name: 'Embeddings__Deployment'
    value: openAi.outputs.embeddingDeploymentName
  }
  {
    // Names the model in the index snapshot's key, so a snapshot built with other embeddings is not reused.
    name: 'Embeddings__Model'
    value: embeddingDeployment.model
  }
]

// The web app's default host name, known before the app exists (its module output would make a cycle with appSettings).
var webHostName = '${namePrefix}-web.azurewebsites.net'

var hostSettings = [
  {
    // Citation links in Teams, Web Chat and /api/ask must be absolute and reachable: they point at this app's source
    // viewer. It is the host's one public-address setting, for the bot's replies too.
    name: 'Answering__PublicBaseUrl'
    value: 'https://${webHostName}'
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: monitoring.outputs.connectionString
  }
  {
    // The snapshot built by deploy/publish.sh ships inside the package; every instance loads the same one.
    name: 'Index__Folder'
    value: '/home/site/wwwroot/.chatbot/index'
  }
  {
    name: 'State__Provider'
    value: stateProvider
  }
  {
    name: 'State__RedisConnection'
    value: useRedis ? '@Microsoft.KeyVault(SecretUri=${redis.?outputs.connectionSecretUri ?? ''})' : ''
  }
]

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    location: location
    name: '${namePrefix}-web'
    tags: tags
    skuName: appServiceSku
    instanceCount: instanceCount
    identityId: identity.id
    appSettings: concat(botSettings, aiSettings, hostSettings)
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${namePrefix}-bot'
    displayName: botDisplayName
    tags: tags
    endpoint: 'https://${webApp.outputs.hostName}/api/messages'
    msaAppType: msaAppType
    msaAppId: useMsi ? identity.properties.clientId : botAppId
    msaAppMsiResourceId: identity.id
    sku: botSku
  }
}

@description('Host name of the web app: the --domain of the Teams package.')
output webAppHostName string = webApp.outputs.hostName

@description('Web app name, for az webapp deploy.')
output webAppName string = webApp.outputs.name

@description('Bot messaging endpoint.')
output messagingEndpoint string = 'https://${webApp.outputs.hostName}/api/messages'

@description('Microsoft App Id of the bot: the --bot-id of the Teams package.')
output botAppId string = useMsi ? identity.properties.clientId : botAppId

@description('Azure Bot resource name.')
output botName string = bot.outputs.name

@description('Key Vault holding the secrets.')
output keyVaultName string = keyVault.outputs.name

@description('Azure OpenAI endpoint.')
output openAiEndpoint string = openAi.outputs.endpoint
