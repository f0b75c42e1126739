# A registry for the legacy scoring images, kept in Terraform.
resource "azurerm_container_registry" "legacy" {
  name                = "acrfraudlegacy"
  resource_group_name = "rg-fraud-ml"
  location            = "westeurope"
  sku                 = "Standard"
  # amlguard-disable-next-line acr-admin-user -- the legacy AKS cluster pulls with the admin password until PLAT-412 lands
  admin_enabled = true
}
