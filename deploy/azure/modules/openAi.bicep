// Azure OpenAI account with one chat and one embedding deployment; the web app's identity may call it (no keys needed).

@description('Azure region of the Azure OpenAI account (pick one where both models are offered).')
param location string

@description('Account name, also its custom subdomain.')
param name string

@description('Tags applied to every resource.')
param tags object

@description('Principal id of the web app\'s managed identity, granted Cognitive Services OpenAI User.')
param userPrincipalId string

@description('Chat deployment: name, model, model version, SKU and capacity (thousands of tokens per minute).')
param chat object

@description('Embedding deployment: name, model, model version, SKU and capacity.')
param embedding object

// Built-in role "Cognitive Services OpenAI User": call deployments, no management rights.
var openAiUserRoleId = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: name
    publicNetworkAccess: 'Enabled'
    // Keys are off: the host authenticates with its managed identity, so there is no key to leak or rotate.
    disableLocalAuth: true
  }
}

resource chatDeployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: account
  name: chat.name
  sku: {
    name: chat.sku
    capacity: chat.capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: chat.model
      version: chat.version
    }
  }
}

resource embeddingDeployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: account
  name: embedding.name
  sku: {
    name: embedding.sku
    capacity: embedding.capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: embedding.model
      version: embedding.version
    }
  }
  // One deployment at a time: the account rejects concurrent deployment operations.
  dependsOn: [
    chatDeployment
  ]
}

resource openAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, userPrincipalId, openAiUserRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAiUserRoleId)
    principalId: userPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Endpoint for AI__Endpoint and Embeddings__Endpoint.')
output endpoint string = account.properties.endpoint

@description('Name of the chat deployment.')
output chatDeploymentName string = chatDeployment.name

@description('Name of the embedding deployment.')
output embeddingDeploymentName string = embeddingDeployment.name
