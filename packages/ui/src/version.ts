/** The ias-kit version every element reports; checked by `IasElement.define` to detect two kits on one page. */
export const IAS_KIT_VERSION = '0.1.0';
