mod segmented;
