; gvcompile module for graph tiny_fwd
; arena: 128*N bytes; buffers: b0=arg:%x, b1=arg:%_0__weight, b2=arg:%_0__bias, b3=arg:%_1__weight, b4=arg:%_1__bias, b5=temp:%matmul, b6=temp:%add, b7=out:%relu, b8=temp:%matmul_1, b9=out:%add_1, b10=out:%gt
; ModuleID = "gv_tiny_fwd"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"gv_tiny_fwd"(i64 %"N", ptr %"args", ptr %"outs", ptr %"consts", ptr %"arena")
{
entry:
  %"nthreads" = call i64 @"gv_num_threads"()
  %".7" = getelementptr ptr, ptr %"args", i64 0
  %"b0_x" = load ptr, ptr %".7"
  %".9" = getelementptr ptr, ptr %"args", i64 1
  %"b1__0__weight" = load ptr, ptr %".9"
  %".11" = getelementptr ptr, ptr %"args", i64 2
  %"b2__0__bias" = load ptr, ptr %".11"
  %".13" = getelementptr ptr, ptr %"args", i64 3
  %"b3__1__weight" = load ptr, ptr %".13"
  %".15" = getelementptr ptr, ptr %"args", i64 4
  %"b4__1__bias" = load ptr, ptr %".15"
  %"b5_matmul" = getelementptr i8, ptr %"arena", i64 0
  %".18" = mul nsw i64 %"N", 64
  %"b6_add" = getelementptr i8, ptr %"arena", i64 %".18"
  %".20" = getelementptr ptr, ptr %"outs", i64 1
  %"b7_relu" = load ptr, ptr %".20"
  %"b8_matmul_1" = getelementptr i8, ptr %"arena", i64 0
  %".23" = getelementptr ptr, ptr %"outs", i64 0
  %"b9_add_1" = load ptr, ptr %".23"
  %".25" = getelementptr ptr, ptr %"outs", i64 2
  %"b10_gt" = load ptr, ptr %".25"
  call void @"gv_k0_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0_x", ptr %"b1__0__weight", ptr %"b5_matmul")
  call void @"gv_k1_add"(i64 %"N", i64 %"nthreads", ptr %"b2__0__bias", ptr %"b5_matmul", ptr %"b6_add")
  call void @"gv_k2_relu"(i64 %"N", i64 %"nthreads", ptr %"b6_add", ptr %"b7_relu")
  call void @"gv_k3_matmul"(i64 %"N", i64 %"nthreads", ptr %"b3__1__weight", ptr %"b7_relu", ptr %"b8_matmul_1")
  call void @"gv_k4_add"(i64 %"N", i64 %"nthreads", ptr %"b4__1__bias", ptr %"b8_matmul_1", ptr %"b9_add_1")
  call void @"gv_k5_gt"(i64 %"N", i64 %"nthreads", ptr %"b6_add", ptr %"b10_gt")
  ret void
}

declare i64 @"gv_num_threads"()

; kernel gv_k0_matmul: nodes %matmul; layers model[0] (Fc); shapes %matmul: f32[N,3]
define internal void @"gv_k0_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0", ptr %"b1", ptr %"b5")
{
entry:
  %".7" = getelementptr float, ptr %"b5", i64 0
  %".8" = icmp eq i64 4, 0
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = mul i64 %"N", 3
  %".11" = icmp slt i64 0, %".10"
  br i1 %".11", label %"z.body", label %"z.done"
entry.else:
  %".18" = getelementptr float, ptr %"b0", i64 0
  %".19" = getelementptr float, ptr %"b1", i64 0
  %".20" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}
  %".21" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 0
  store i64 %"N", i64* %".21"
  %".23" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 1
  store i64 3, i64* %".23"
  %".25" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 2
  store i64 4, i64* %".25"
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 3
  store ptr %".18", ptr %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 4
  store i64 4, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 5
  store i64 1, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 6
  store ptr %".19", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 7
  store i64 1, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 8
  store i64 4, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 9
  store ptr %".7", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 10
  store i64 3, i64* %".41"
  %".43" = mul i64 %"N", 3
  %".44" = mul i64 %".43", 4
  %".45" = icmp sge i64 %".44", 2097152
  br i1 %".45", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
z.body:
  %"z" = phi  i64 [0, %"entry.if"], [%"z.next", %"z.body"]
  %".13" = getelementptr inbounds float, ptr %".7", i64 %"z"
  store float              0x0, ptr %".13"
  %"z.next" = add nsw i64 %"z", 1
  %".15" = icmp slt i64 %"z.next", %".10"
  br i1 %".15", label %"z.body", label %"z.done"
z.done:
  br label %"entry.endif"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 %"nthreads")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}

declare <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1", <8 x float> %".2", <8 x float> %".3")

define internal void @"gv_gemm_f32.ukernel"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first", ptr %"tile")
{
entry:
  %".11" = and i64 %"kc", -4
  %".12" = icmp sgt i64 %".11", 0
  br i1 %".12", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".218", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".181", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".182", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".188", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".189", %"main"]
  %"acc4" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".195", %"main"]
  %"acc5" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".196", %"main"]
  %"acc6" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".202", %"main"]
  %"acc7" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".203", %"main"]
  %"acc8" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".209", %"main"]
  %"acc9" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".210", %"main"]
  %"acc10" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".216", %"main"]
  %"acc11" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".217", %"main"]
  %".14" = add i64 %"k", 0
  %".15" = mul i64 %".14", 16
  %".16" = add i64 %".15", 0
  %".17" = getelementptr inbounds float, ptr %"bp", i64 %".16"
  %".18" = load <8 x float>, ptr %".17", align 32
  %".19" = add i64 %".15", 8
  %".20" = getelementptr inbounds float, ptr %"bp", i64 %".19"
  %".21" = load <8 x float>, ptr %".20", align 32
  %".22" = mul i64 %".14", 6
  %".23" = add i64 %".22", 0
  %".24" = getelementptr inbounds float, ptr %"ap", i64 %".23"
  %".25" = load float, ptr %".24"
  %".26" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".25", i32 0
  %".27" = shufflevector <8 x float> %".26", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".28" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".27", <8 x float> %".18", <8 x float> %"acc0")
  %".29" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".27", <8 x float> %".21", <8 x float> %"acc1")
  %".30" = add i64 %".22", 1
  %".31" = getelementptr inbounds float, ptr %"ap", i64 %".30"
  %".32" = load float, ptr %".31"
  %".33" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".32", i32 0
  %".34" = shufflevector <8 x float> %".33", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".35" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".34", <8 x float> %".18", <8 x float> %"acc2")
  %".36" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".34", <8 x float> %".21", <8 x float> %"acc3")
  %".37" = add i64 %".22", 2
  %".38" = getelementptr inbounds float, ptr %"ap", i64 %".37"
  %".39" = load float, ptr %".38"
  %".40" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".39", i32 0
  %".41" = shufflevector <8 x float> %".40", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".42" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".41", <8 x float> %".18", <8 x float> %"acc4")
  %".43" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".41", <8 x float> %".21", <8 x float> %"acc5")
  %".44" = add i64 %".22", 3
  %".45" = getelementptr inbounds float, ptr %"ap", i64 %".44"
  %".46" = load float, ptr %".45"
  %".47" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".46", i32 0
  %".48" = shufflevector <8 x float> %".47", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".49" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".48", <8 x float> %".18", <8 x float> %"acc6")
  %".50" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".48", <8 x float> %".21", <8 x float> %"acc7")
  %".51" = add i64 %".22", 4
  %".52" = getelementptr inbounds float, ptr %"ap", i64 %".51"
  %".53" = load float, ptr %".52"
  %".54" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".53", i32 0
  %".55" = shufflevector <8 x float> %".54", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".56" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".55", <8 x float> %".18", <8 x float> %"acc8")
  %".57" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".55", <8 x float> %".21", <8 x float> %"acc9")
  %".58" = add i64 %".22", 5
  %".59" = getelementptr inbounds float, ptr %"ap", i64 %".58"
  %".60" = load float, ptr %".59"
  %".61" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".60", i32 0
  %".62" = shufflevector <8 x float> %".61", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".63" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".62", <8 x float> %".18", <8 x float> %"acc10")
  %".64" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".62", <8 x float> %".21", <8 x float> %"acc11")
  %".65" = add i64 %"k", 1
  %".66" = mul i64 %".65", 16
  %".67" = add i64 %".66", 0
  %".68" = getelementptr inbounds float, ptr %"bp", i64 %".67"
  %".69" = load <8 x float>, ptr %".68", align 32
  %".70" = add i64 %".66", 8
  %".71" = getelementptr inbounds float, ptr %"bp", i64 %".70"
  %".72" = load <8 x float>, ptr %".71", align 32
  %".73" = mul i64 %".65", 6
  %".74" = add i64 %".73", 0
  %".75" = getelementptr inbounds float, ptr %"ap", i64 %".74"
  %".76" = load float, ptr %".75"
  %".77" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".76", i32 0
  %".78" = shufflevector <8 x float> %".77", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".79" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".78", <8 x float> %".69", <8 x float> %".28")
  %".80" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".78", <8 x float> %".72", <8 x float> %".29")
  %".81" = add i64 %".73", 1
  %".82" = getelementptr inbounds float, ptr %"ap", i64 %".81"
  %".83" = load float, ptr %".82"
  %".84" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".83", i32 0
  %".85" = shufflevector <8 x float> %".84", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".86" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".85", <8 x float> %".69", <8 x float> %".35")
  %".87" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".85", <8 x float> %".72", <8 x float> %".36")
  %".88" = add i64 %".73", 2
  %".89" = getelementptr inbounds float, ptr %"ap", i64 %".88"
  %".90" = load float, ptr %".89"
  %".91" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".90", i32 0
  %".92" = shufflevector <8 x float> %".91", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".93" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".92", <8 x float> %".69", <8 x float> %".42")
  %".94" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".92", <8 x float> %".72", <8 x float> %".43")
  %".95" = add i64 %".73", 3
  %".96" = getelementptr inbounds float, ptr %"ap", i64 %".95"
  %".97" = load float, ptr %".96"
  %".98" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".97", i32 0
  %".99" = shufflevector <8 x float> %".98", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".100" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".99", <8 x float> %".69", <8 x float> %".49")
  %".101" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".99", <8 x float> %".72", <8 x float> %".50")
  %".102" = add i64 %".73", 4
  %".103" = getelementptr inbounds float, ptr %"ap", i64 %".102"
  %".104" = load float, ptr %".103"
  %".105" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".104", i32 0
  %".106" = shufflevector <8 x float> %".105", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".107" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".106", <8 x float> %".69", <8 x float> %".56")
  %".108" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".106", <8 x float> %".72", <8 x float> %".57")
  %".109" = add i64 %".73", 5
  %".110" = getelementptr inbounds float, ptr %"ap", i64 %".109"
  %".111" = load float, ptr %".110"
  %".112" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".111", i32 0
  %".113" = shufflevector <8 x float> %".112", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".114" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".113", <8 x float> %".69", <8 x float> %".63")
  %".115" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".113", <8 x float> %".72", <8 x float> %".64")
  %".116" = add i64 %"k", 2
  %".117" = mul i64 %".116", 16
  %".118" = add i64 %".117", 0
  %".119" = getelementptr inbounds float, ptr %"bp", i64 %".118"
  %".120" = load <8 x float>, ptr %".119", align 32
  %".121" = add i64 %".117", 8
  %".122" = getelementptr inbounds float, ptr %"bp", i64 %".121"
  %".123" = load <8 x float>, ptr %".122", align 32
  %".124" = mul i64 %".116", 6
  %".125" = add i64 %".124", 0
  %".126" = getelementptr inbounds float, ptr %"ap", i64 %".125"
  %".127" = load float, ptr %".126"
  %".128" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".127", i32 0
  %".129" = shufflevector <8 x float> %".128", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".130" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".129", <8 x float> %".120", <8 x float> %".79")
  %".131" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".129", <8 x float> %".123", <8 x float> %".80")
  %".132" = add i64 %".124", 1
  %".133" = getelementptr inbounds float, ptr %"ap", i64 %".132"
  %".134" = load float, ptr %".133"
  %".135" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".134", i32 0
  %".136" = shufflevector <8 x float> %".135", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".137" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".136", <8 x float> %".120", <8 x float> %".86")
  %".138" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".136", <8 x float> %".123", <8 x float> %".87")
  %".139" = add i64 %".124", 2
  %".140" = getelementptr inbounds float, ptr %"ap", i64 %".139"
  %".141" = load float, ptr %".140"
  %".142" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".141", i32 0
  %".143" = shufflevector <8 x float> %".142", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".144" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".143", <8 x float> %".120", <8 x float> %".93")
  %".145" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".143", <8 x float> %".123", <8 x float> %".94")
  %".146" = add i64 %".124", 3
  %".147" = getelementptr inbounds float, ptr %"ap", i64 %".146"
  %".148" = load float, ptr %".147"
  %".149" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".148", i32 0
  %".150" = shufflevector <8 x float> %".149", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".151" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".150", <8 x float> %".120", <8 x float> %".100")
  %".152" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".150", <8 x float> %".123", <8 x float> %".101")
  %".153" = add i64 %".124", 4
  %".154" = getelementptr inbounds float, ptr %"ap", i64 %".153"
  %".155" = load float, ptr %".154"
  %".156" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".155", i32 0
  %".157" = shufflevector <8 x float> %".156", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".158" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".157", <8 x float> %".120", <8 x float> %".107")
  %".159" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".157", <8 x float> %".123", <8 x float> %".108")
  %".160" = add i64 %".124", 5
  %".161" = getelementptr inbounds float, ptr %"ap", i64 %".160"
  %".162" = load float, ptr %".161"
  %".163" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".162", i32 0
  %".164" = shufflevector <8 x float> %".163", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".165" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".164", <8 x float> %".120", <8 x float> %".114")
  %".166" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".164", <8 x float> %".123", <8 x float> %".115")
  %".167" = add i64 %"k", 3
  %".168" = mul i64 %".167", 16
  %".169" = add i64 %".168", 0
  %".170" = getelementptr inbounds float, ptr %"bp", i64 %".169"
  %".171" = load <8 x float>, ptr %".170", align 32
  %".172" = add i64 %".168", 8
  %".173" = getelementptr inbounds float, ptr %"bp", i64 %".172"
  %".174" = load <8 x float>, ptr %".173", align 32
  %".175" = mul i64 %".167", 6
  %".176" = add i64 %".175", 0
  %".177" = getelementptr inbounds float, ptr %"ap", i64 %".176"
  %".178" = load float, ptr %".177"
  %".179" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".178", i32 0
  %".180" = shufflevector <8 x float> %".179", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".181" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".180", <8 x float> %".171", <8 x float> %".130")
  %".182" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".180", <8 x float> %".174", <8 x float> %".131")
  %".183" = add i64 %".175", 1
  %".184" = getelementptr inbounds float, ptr %"ap", i64 %".183"
  %".185" = load float, ptr %".184"
  %".186" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".185", i32 0
  %".187" = shufflevector <8 x float> %".186", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".188" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".187", <8 x float> %".171", <8 x float> %".137")
  %".189" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".187", <8 x float> %".174", <8 x float> %".138")
  %".190" = add i64 %".175", 2
  %".191" = getelementptr inbounds float, ptr %"ap", i64 %".190"
  %".192" = load float, ptr %".191"
  %".193" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".192", i32 0
  %".194" = shufflevector <8 x float> %".193", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".195" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".194", <8 x float> %".171", <8 x float> %".144")
  %".196" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".194", <8 x float> %".174", <8 x float> %".145")
  %".197" = add i64 %".175", 3
  %".198" = getelementptr inbounds float, ptr %"ap", i64 %".197"
  %".199" = load float, ptr %".198"
  %".200" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".199", i32 0
  %".201" = shufflevector <8 x float> %".200", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".202" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".201", <8 x float> %".171", <8 x float> %".151")
  %".203" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".201", <8 x float> %".174", <8 x float> %".152")
  %".204" = add i64 %".175", 4
  %".205" = getelementptr inbounds float, ptr %"ap", i64 %".204"
  %".206" = load float, ptr %".205"
  %".207" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".206", i32 0
  %".208" = shufflevector <8 x float> %".207", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".209" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".171", <8 x float> %".158")
  %".210" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".174", <8 x float> %".159")
  %".211" = add i64 %".175", 5
  %".212" = getelementptr inbounds float, ptr %"ap", i64 %".211"
  %".213" = load float, ptr %".212"
  %".214" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".213", i32 0
  %".215" = shufflevector <8 x float> %".214", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".216" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".171", <8 x float> %".165")
  %".217" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".174", <8 x float> %".166")
  %".218" = add i64 %"k", 4
  %".219" = icmp slt i64 %".218", %".11"
  br i1 %".219", label %"main", label %"mid"
mid:
  %".221" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".181", %"main"]
  %".222" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".182", %"main"]
  %".223" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".188", %"main"]
  %".224" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".189", %"main"]
  %".225" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".195", %"main"]
  %".226" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".196", %"main"]
  %".227" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".202", %"main"]
  %".228" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".203", %"main"]
  %".229" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".209", %"main"]
  %".230" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".210", %"main"]
  %".231" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".216", %"main"]
  %".232" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".217", %"main"]
  %".233" = icmp slt i64 %".11", %"kc"
  br i1 %".233", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".11", %"mid"], [%".297", %"rem"]
  %".235" = phi  <8 x float> [%".221", %"mid"], [%".260", %"rem"]
  %".236" = phi  <8 x float> [%".222", %"mid"], [%".261", %"rem"]
  %".237" = phi  <8 x float> [%".223", %"mid"], [%".267", %"rem"]
  %".238" = phi  <8 x float> [%".224", %"mid"], [%".268", %"rem"]
  %".239" = phi  <8 x float> [%".225", %"mid"], [%".274", %"rem"]
  %".240" = phi  <8 x float> [%".226", %"mid"], [%".275", %"rem"]
  %".241" = phi  <8 x float> [%".227", %"mid"], [%".281", %"rem"]
  %".242" = phi  <8 x float> [%".228", %"mid"], [%".282", %"rem"]
  %".243" = phi  <8 x float> [%".229", %"mid"], [%".288", %"rem"]
  %".244" = phi  <8 x float> [%".230", %"mid"], [%".289", %"rem"]
  %".245" = phi  <8 x float> [%".231", %"mid"], [%".295", %"rem"]
  %".246" = phi  <8 x float> [%".232", %"mid"], [%".296", %"rem"]
  %".247" = mul i64 %"k1", 16
  %".248" = add i64 %".247", 0
  %".249" = getelementptr inbounds float, ptr %"bp", i64 %".248"
  %".250" = load <8 x float>, ptr %".249", align 32
  %".251" = add i64 %".247", 8
  %".252" = getelementptr inbounds float, ptr %"bp", i64 %".251"
  %".253" = load <8 x float>, ptr %".252", align 32
  %".254" = mul i64 %"k1", 6
  %".255" = add i64 %".254", 0
  %".256" = getelementptr inbounds float, ptr %"ap", i64 %".255"
  %".257" = load float, ptr %".256"
  %".258" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".257", i32 0
  %".259" = shufflevector <8 x float> %".258", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".260" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".259", <8 x float> %".250", <8 x float> %".235")
  %".261" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".259", <8 x float> %".253", <8 x float> %".236")
  %".262" = add i64 %".254", 1
  %".263" = getelementptr inbounds float, ptr %"ap", i64 %".262"
  %".264" = load float, ptr %".263"
  %".265" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".264", i32 0
  %".266" = shufflevector <8 x float> %".265", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".267" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".266", <8 x float> %".250", <8 x float> %".237")
  %".268" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".266", <8 x float> %".253", <8 x float> %".238")
  %".269" = add i64 %".254", 2
  %".270" = getelementptr inbounds float, ptr %"ap", i64 %".269"
  %".271" = load float, ptr %".270"
  %".272" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".271", i32 0
  %".273" = shufflevector <8 x float> %".272", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".274" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".273", <8 x float> %".250", <8 x float> %".239")
  %".275" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".273", <8 x float> %".253", <8 x float> %".240")
  %".276" = add i64 %".254", 3
  %".277" = getelementptr inbounds float, ptr %"ap", i64 %".276"
  %".278" = load float, ptr %".277"
  %".279" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".278", i32 0
  %".280" = shufflevector <8 x float> %".279", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".281" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".280", <8 x float> %".250", <8 x float> %".241")
  %".282" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".280", <8 x float> %".253", <8 x float> %".242")
  %".283" = add i64 %".254", 4
  %".284" = getelementptr inbounds float, ptr %"ap", i64 %".283"
  %".285" = load float, ptr %".284"
  %".286" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".285", i32 0
  %".287" = shufflevector <8 x float> %".286", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".288" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".287", <8 x float> %".250", <8 x float> %".243")
  %".289" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".287", <8 x float> %".253", <8 x float> %".244")
  %".290" = add i64 %".254", 5
  %".291" = getelementptr inbounds float, ptr %"ap", i64 %".290"
  %".292" = load float, ptr %".291"
  %".293" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".292", i32 0
  %".294" = shufflevector <8 x float> %".293", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".295" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".294", <8 x float> %".250", <8 x float> %".245")
  %".296" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".294", <8 x float> %".253", <8 x float> %".246")
  %".297" = add i64 %"k1", 1
  %".298" = icmp slt i64 %".297", %"kc"
  br i1 %".298", label %"rem", label %"tail"
tail:
  %".300" = phi  <8 x float> [%".221", %"mid"], [%".260", %"rem"]
  %".301" = phi  <8 x float> [%".222", %"mid"], [%".261", %"rem"]
  %".302" = phi  <8 x float> [%".223", %"mid"], [%".267", %"rem"]
  %".303" = phi  <8 x float> [%".224", %"mid"], [%".268", %"rem"]
  %".304" = phi  <8 x float> [%".225", %"mid"], [%".274", %"rem"]
  %".305" = phi  <8 x float> [%".226", %"mid"], [%".275", %"rem"]
  %".306" = phi  <8 x float> [%".227", %"mid"], [%".281", %"rem"]
  %".307" = phi  <8 x float> [%".228", %"mid"], [%".282", %"rem"]
  %".308" = phi  <8 x float> [%".229", %"mid"], [%".288", %"rem"]
  %".309" = phi  <8 x float> [%".230", %"mid"], [%".289", %"rem"]
  %".310" = phi  <8 x float> [%".231", %"mid"], [%".295", %"rem"]
  %".311" = phi  <8 x float> [%".232", %"mid"], [%".296", %"rem"]
  %".312" = icmp eq i64 %"mr", 6
  %".313" = icmp eq i64 %"nr", 16
  %".314" = and i1 %".312", %".313"
  br i1 %".314", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".440" = getelementptr inbounds float, ptr %"tile", i64 0
  store <8 x float> %".300", ptr %".440", align 64
  %".442" = getelementptr inbounds float, ptr %"tile", i64 8
  store <8 x float> %".301", ptr %".442", align 64
  %".444" = getelementptr inbounds float, ptr %"tile", i64 16
  store <8 x float> %".302", ptr %".444", align 64
  %".446" = getelementptr inbounds float, ptr %"tile", i64 24
  store <8 x float> %".303", ptr %".446", align 64
  %".448" = getelementptr inbounds float, ptr %"tile", i64 32
  store <8 x float> %".304", ptr %".448", align 64
  %".450" = getelementptr inbounds float, ptr %"tile", i64 40
  store <8 x float> %".305", ptr %".450", align 64
  %".452" = getelementptr inbounds float, ptr %"tile", i64 48
  store <8 x float> %".306", ptr %".452", align 64
  %".454" = getelementptr inbounds float, ptr %"tile", i64 56
  store <8 x float> %".307", ptr %".454", align 64
  %".456" = getelementptr inbounds float, ptr %"tile", i64 64
  store <8 x float> %".308", ptr %".456", align 64
  %".458" = getelementptr inbounds float, ptr %"tile", i64 72
  store <8 x float> %".309", ptr %".458", align 64
  %".460" = getelementptr inbounds float, ptr %"tile", i64 80
  store <8 x float> %".310", ptr %".460", align 64
  %".462" = getelementptr inbounds float, ptr %"tile", i64 88
  store <8 x float> %".311", ptr %".462", align 64
  %".464" = icmp slt i64 0, %"mr"
  br i1 %".464", label %"tr.body", label %"tr.done"
tail.endif:
  ret void
tail.if.if:
  %".317" = mul i64 0, %"ldc"
  %".318" = add i64 %".317", 0
  %".319" = getelementptr inbounds float, ptr %"c", i64 %".318"
  store <8 x float> %".300", ptr %".319", align 4
  %".321" = mul i64 0, %"ldc"
  %".322" = add i64 %".321", 8
  %".323" = getelementptr inbounds float, ptr %"c", i64 %".322"
  store <8 x float> %".301", ptr %".323", align 4
  %".325" = mul i64 1, %"ldc"
  %".326" = add i64 %".325", 0
  %".327" = getelementptr inbounds float, ptr %"c", i64 %".326"
  store <8 x float> %".302", ptr %".327", align 4
  %".329" = mul i64 1, %"ldc"
  %".330" = add i64 %".329", 8
  %".331" = getelementptr inbounds float, ptr %"c", i64 %".330"
  store <8 x float> %".303", ptr %".331", align 4
  %".333" = mul i64 2, %"ldc"
  %".334" = add i64 %".333", 0
  %".335" = getelementptr inbounds float, ptr %"c", i64 %".334"
  store <8 x float> %".304", ptr %".335", align 4
  %".337" = mul i64 2, %"ldc"
  %".338" = add i64 %".337", 8
  %".339" = getelementptr inbounds float, ptr %"c", i64 %".338"
  store <8 x float> %".305", ptr %".339", align 4
  %".341" = mul i64 3, %"ldc"
  %".342" = add i64 %".341", 0
  %".343" = getelementptr inbounds float, ptr %"c", i64 %".342"
  store <8 x float> %".306", ptr %".343", align 4
  %".345" = mul i64 3, %"ldc"
  %".346" = add i64 %".345", 8
  %".347" = getelementptr inbounds float, ptr %"c", i64 %".346"
  store <8 x float> %".307", ptr %".347", align 4
  %".349" = mul i64 4, %"ldc"
  %".350" = add i64 %".349", 0
  %".351" = getelementptr inbounds float, ptr %"c", i64 %".350"
  store <8 x float> %".308", ptr %".351", align 4
  %".353" = mul i64 4, %"ldc"
  %".354" = add i64 %".353", 8
  %".355" = getelementptr inbounds float, ptr %"c", i64 %".354"
  store <8 x float> %".309", ptr %".355", align 4
  %".357" = mul i64 5, %"ldc"
  %".358" = add i64 %".357", 0
  %".359" = getelementptr inbounds float, ptr %"c", i64 %".358"
  store <8 x float> %".310", ptr %".359", align 4
  %".361" = mul i64 5, %"ldc"
  %".362" = add i64 %".361", 8
  %".363" = getelementptr inbounds float, ptr %"c", i64 %".362"
  store <8 x float> %".311", ptr %".363", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".366" = mul i64 0, %"ldc"
  %".367" = add i64 %".366", 0
  %".368" = getelementptr inbounds float, ptr %"c", i64 %".367"
  %".369" = load <8 x float>, ptr %".368", align 4
  %".370" = fadd nsz arcp contract afn reassoc <8 x float> %".369", %".300"
  store <8 x float> %".370", ptr %".368", align 4
  %".372" = mul i64 0, %"ldc"
  %".373" = add i64 %".372", 8
  %".374" = getelementptr inbounds float, ptr %"c", i64 %".373"
  %".375" = load <8 x float>, ptr %".374", align 4
  %".376" = fadd nsz arcp contract afn reassoc <8 x float> %".375", %".301"
  store <8 x float> %".376", ptr %".374", align 4
  %".378" = mul i64 1, %"ldc"
  %".379" = add i64 %".378", 0
  %".380" = getelementptr inbounds float, ptr %"c", i64 %".379"
  %".381" = load <8 x float>, ptr %".380", align 4
  %".382" = fadd nsz arcp contract afn reassoc <8 x float> %".381", %".302"
  store <8 x float> %".382", ptr %".380", align 4
  %".384" = mul i64 1, %"ldc"
  %".385" = add i64 %".384", 8
  %".386" = getelementptr inbounds float, ptr %"c", i64 %".385"
  %".387" = load <8 x float>, ptr %".386", align 4
  %".388" = fadd nsz arcp contract afn reassoc <8 x float> %".387", %".303"
  store <8 x float> %".388", ptr %".386", align 4
  %".390" = mul i64 2, %"ldc"
  %".391" = add i64 %".390", 0
  %".392" = getelementptr inbounds float, ptr %"c", i64 %".391"
  %".393" = load <8 x float>, ptr %".392", align 4
  %".394" = fadd nsz arcp contract afn reassoc <8 x float> %".393", %".304"
  store <8 x float> %".394", ptr %".392", align 4
  %".396" = mul i64 2, %"ldc"
  %".397" = add i64 %".396", 8
  %".398" = getelementptr inbounds float, ptr %"c", i64 %".397"
  %".399" = load <8 x float>, ptr %".398", align 4
  %".400" = fadd nsz arcp contract afn reassoc <8 x float> %".399", %".305"
  store <8 x float> %".400", ptr %".398", align 4
  %".402" = mul i64 3, %"ldc"
  %".403" = add i64 %".402", 0
  %".404" = getelementptr inbounds float, ptr %"c", i64 %".403"
  %".405" = load <8 x float>, ptr %".404", align 4
  %".406" = fadd nsz arcp contract afn reassoc <8 x float> %".405", %".306"
  store <8 x float> %".406", ptr %".404", align 4
  %".408" = mul i64 3, %"ldc"
  %".409" = add i64 %".408", 8
  %".410" = getelementptr inbounds float, ptr %"c", i64 %".409"
  %".411" = load <8 x float>, ptr %".410", align 4
  %".412" = fadd nsz arcp contract afn reassoc <8 x float> %".411", %".307"
  store <8 x float> %".412", ptr %".410", align 4
  %".414" = mul i64 4, %"ldc"
  %".415" = add i64 %".414", 0
  %".416" = getelementptr inbounds float, ptr %"c", i64 %".415"
  %".417" = load <8 x float>, ptr %".416", align 4
  %".418" = fadd nsz arcp contract afn reassoc <8 x float> %".417", %".308"
  store <8 x float> %".418", ptr %".416", align 4
  %".420" = mul i64 4, %"ldc"
  %".421" = add i64 %".420", 8
  %".422" = getelementptr inbounds float, ptr %"c", i64 %".421"
  %".423" = load <8 x float>, ptr %".422", align 4
  %".424" = fadd nsz arcp contract afn reassoc <8 x float> %".423", %".309"
  store <8 x float> %".424", ptr %".422", align 4
  %".426" = mul i64 5, %"ldc"
  %".427" = add i64 %".426", 0
  %".428" = getelementptr inbounds float, ptr %"c", i64 %".427"
  %".429" = load <8 x float>, ptr %".428", align 4
  %".430" = fadd nsz arcp contract afn reassoc <8 x float> %".429", %".310"
  store <8 x float> %".430", ptr %".428", align 4
  %".432" = mul i64 5, %"ldc"
  %".433" = add i64 %".432", 8
  %".434" = getelementptr inbounds float, ptr %"c", i64 %".433"
  %".435" = load <8 x float>, ptr %".434", align 4
  %".436" = fadd nsz arcp contract afn reassoc <8 x float> %".435", %".311"
  store <8 x float> %".436", ptr %".434", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
tr.body:
  %"tr" = phi  i64 [0, %"tail.else"], [%"tr.next", %"tc.done"]
  %".466" = icmp slt i64 0, %"nr"
  br i1 %".466", label %"tc.body", label %"tc.done"
tr.done:
  br label %"tail.endif"
tc.body:
  %"tc" = phi  i64 [0, %"tr.body"], [%"tc.next", %"tc.body"]
  %".468" = mul i64 %"tr", 16
  %".469" = add i64 %".468", %"tc"
  %".470" = getelementptr inbounds float, ptr %"tile", i64 %".469"
  %".471" = load float, ptr %".470"
  %".472" = mul i64 %"tr", %"ldc"
  %".473" = add i64 %".472", %"tc"
  %".474" = getelementptr inbounds float, ptr %"c", i64 %".473"
  %".475" = load float, ptr %".474"
  %".476" = select  i1 %"first", float              0x0, float %".475"
  %".477" = fadd nsz arcp contract afn reassoc float %".476", %".471"
  store float %".477", ptr %".474"
  %"tc.next" = add nsw i64 %"tc", 1
  %".479" = icmp slt i64 %"tc.next", %"nr"
  br i1 %".479", label %"tc.body", label %"tc.done"
tc.done:
  %"tr.next" = add nsw i64 %"tr", 1
  %".481" = icmp slt i64 %"tr.next", %"mr"
  br i1 %".481", label %"tr.body", label %"tr.done"
}

define internal void @"gv_gemm_f32.pack_a"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k")
{
entry:
  %".8" = add i64 %"rows", 5
  %".9" = sdiv i64 %".8", 6
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"z.done"]
  %".12" = mul i64 %"kc", 6
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 6
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 6, %".15"
  %".17" = select  i1 %".16", i64 6, i64 %".15"
  %".18" = icmp slt i64 0, %".17"
  br i1 %".18", label %"r.body", label %"r.done"
p.done:
  ret void
r.body:
  %"r" = phi  i64 [0, %"p.body"], [%"r.next", %"k.done"]
  %".20" = add i64 %".14", %"r"
  %".21" = mul i64 %".20", %"s_row"
  %".22" = icmp slt i64 0, %"kc"
  br i1 %".22", label %"k.body", label %"k.done"
r.done:
  %".37" = icmp slt i64 %".17", 6
  br i1 %".37", label %"z.body", label %"z.done"
k.body:
  %"k" = phi  i64 [0, %"r.body"], [%"k.next", %"k.body"]
  %".24" = mul i64 %"k", %"s_k"
  %".25" = add i64 %".21", %".24"
  %".26" = getelementptr inbounds float, ptr %"src", i64 %".25"
  %".27" = load float, ptr %".26"
  %".28" = mul i64 %"k", 6
  %".29" = add i64 %".28", %"r"
  %".30" = add i64 %".13", %".29"
  %".31" = getelementptr inbounds float, ptr %"dst", i64 %".30"
  store float %".27", ptr %".31"
  %"k.next" = add nsw i64 %"k", 1
  %".33" = icmp slt i64 %"k.next", %"kc"
  br i1 %".33", label %"k.body", label %"k.done"
k.done:
  %"r.next" = add nsw i64 %"r", 1
  %".35" = icmp slt i64 %"r.next", %".17"
  br i1 %".35", label %"r.body", label %"r.done"
z.body:
  %"z" = phi  i64 [%".17", %"r.done"], [%"z.next", %"kz.done"]
  %".39" = icmp slt i64 0, %"kc"
  br i1 %".39", label %"kz.body", label %"kz.done"
z.done:
  %"p.next" = add nsw i64 %"p", 1
  %".50" = icmp slt i64 %"p.next", %".9"
  br i1 %".50", label %"p.body", label %"p.done"
kz.body:
  %"kz" = phi  i64 [0, %"z.body"], [%"kz.next", %"kz.body"]
  %".41" = mul i64 %"kz", 6
  %".42" = add i64 %".41", %"z"
  %".43" = add i64 %".13", %".42"
  %".44" = getelementptr inbounds float, ptr %"dst", i64 %".43"
  store float              0x0, ptr %".44"
  %"kz.next" = add nsw i64 %"kz", 1
  %".46" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".46", label %"kz.body", label %"kz.done"
kz.done:
  %"z.next" = add nsw i64 %"z", 1
  %".48" = icmp slt i64 %"z.next", 6
  br i1 %".48", label %"z.body", label %"z.done"
}

define internal void @"gv_gemm_f32.pack_b"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k")
{
entry:
  %".8" = add i64 %"rows", 15
  %".9" = sdiv i64 %".8", 16
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"z.done"]
  %".12" = mul i64 %"kc", 16
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 16
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 16, %".15"
  %".17" = select  i1 %".16", i64 16, i64 %".15"
  %".18" = icmp slt i64 0, %".17"
  br i1 %".18", label %"r.body", label %"r.done"
p.done:
  ret void
r.body:
  %"r" = phi  i64 [0, %"p.body"], [%"r.next", %"k.done"]
  %".20" = add i64 %".14", %"r"
  %".21" = mul i64 %".20", %"s_row"
  %".22" = icmp slt i64 0, %"kc"
  br i1 %".22", label %"k.body", label %"k.done"
r.done:
  %".37" = icmp slt i64 %".17", 16
  br i1 %".37", label %"z.body", label %"z.done"
k.body:
  %"k" = phi  i64 [0, %"r.body"], [%"k.next", %"k.body"]
  %".24" = mul i64 %"k", %"s_k"
  %".25" = add i64 %".21", %".24"
  %".26" = getelementptr inbounds float, ptr %"src", i64 %".25"
  %".27" = load float, ptr %".26"
  %".28" = mul i64 %"k", 16
  %".29" = add i64 %".28", %"r"
  %".30" = add i64 %".13", %".29"
  %".31" = getelementptr inbounds float, ptr %"dst", i64 %".30"
  store float %".27", ptr %".31"
  %"k.next" = add nsw i64 %"k", 1
  %".33" = icmp slt i64 %"k.next", %"kc"
  br i1 %".33", label %"k.body", label %"k.done"
k.done:
  %"r.next" = add nsw i64 %"r", 1
  %".35" = icmp slt i64 %"r.next", %".17"
  br i1 %".35", label %"r.body", label %"r.done"
z.body:
  %"z" = phi  i64 [%".17", %"r.done"], [%"z.next", %"kz.done"]
  %".39" = icmp slt i64 0, %"kc"
  br i1 %".39", label %"kz.body", label %"kz.done"
z.done:
  %"p.next" = add nsw i64 %"p", 1
  %".50" = icmp slt i64 %"p.next", %".9"
  br i1 %".50", label %"p.body", label %"p.done"
kz.body:
  %"kz" = phi  i64 [0, %"z.body"], [%"kz.next", %"kz.body"]
  %".41" = mul i64 %"kz", 16
  %".42" = add i64 %".41", %"z"
  %".43" = add i64 %".13", %".42"
  %".44" = getelementptr inbounds float, ptr %"dst", i64 %".43"
  store float              0x0, ptr %".44"
  %"kz.next" = add nsw i64 %"kz", 1
  %".46" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".46", label %"kz.body", label %"kz.done"
kz.done:
  %"z.next" = add nsw i64 %"z", 1
  %".48" = icmp slt i64 %"z.next", 16
  br i1 %".48", label %"z.body", label %"z.done"
}

define internal void @"gv_gemm_f32.thread"(ptr %"ctx", i64 %"tid", i64 %"nt")
{
entry:
  %".5" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 0
  %"M" = load i64, ptr %".5"
  %".6" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 1
  %"Nn" = load i64, ptr %".6"
  %".7" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 2
  %"K" = load i64, ptr %".7"
  %".8" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 3
  %"A" = load ptr, ptr %".8"
  %".9" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 4
  %"rsa" = load i64, ptr %".9"
  %".10" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 5
  %"csa" = load i64, ptr %".10"
  %".11" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 6
  %"B" = load ptr, ptr %".11"
  %".12" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 7
  %"rsb" = load i64, ptr %".12"
  %".13" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 8
  %"csb" = load i64, ptr %".13"
  %".14" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 9
  %"C" = load ptr, ptr %".14"
  %".15" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 10
  %"ldc" = load i64, ptr %".15"
  %".16" = icmp sge i64 %"Nn", %"M"
  %".17" = add i64 %"Nn", 15
  %".18" = sdiv i64 %".17", 16
  %".19" = sub i64 %"nt", 1
  %".20" = add i64 %".18", %".19"
  %".21" = sdiv i64 %".20", %"nt"
  %".22" = mul i64 %".21", 16
  %".23" = mul i64 %"tid", %".22"
  %".24" = icmp slt i64 %".23", %"Nn"
  %".25" = select  i1 %".24", i64 %".23", i64 %"Nn"
  %".26" = add i64 %".25", %".22"
  %".27" = icmp slt i64 %".26", %"Nn"
  %".28" = select  i1 %".27", i64 %".26", i64 %"Nn"
  %".29" = add i64 %"M", 5
  %".30" = sdiv i64 %".29", 6
  %".31" = sub i64 %"nt", 1
  %".32" = add i64 %".30", %".31"
  %".33" = sdiv i64 %".32", %"nt"
  %".34" = mul i64 %".33", 6
  %".35" = mul i64 %"tid", %".34"
  %".36" = icmp slt i64 %".35", %"M"
  %".37" = select  i1 %".36", i64 %".35", i64 %"M"
  %".38" = add i64 %".37", %".34"
  %".39" = icmp slt i64 %".38", %"M"
  %".40" = select  i1 %".39", i64 %".38", i64 %"M"
  %".41" = select  i1 %".16", i64 %".25", i64 0
  %".42" = select  i1 %".16", i64 %".28", i64 %"Nn"
  %".43" = select  i1 %".16", i64 0, i64 %".37"
  %".44" = select  i1 %".16", i64 %"M", i64 %".40"
  %"ws" = call ptr @"gv_workspace"(i64 %"tid", i64 8651136)
  %".45" = getelementptr inbounds float, ptr %"ws", i64 73728
  %".46" = getelementptr inbounds float, ptr %"ws", i64 2162688
  %".47" = icmp slt i64 %".41", %".42"
  br i1 %".47", label %"jc.body", label %"jc.done"
jc.body:
  %"jc" = phi  i64 [%".41", %"entry"], [%"jc.next", %"pc.done"]
  %".49" = sub i64 %".42", %"jc"
  %".50" = icmp slt i64 4080, %".49"
  %".51" = select  i1 %".50", i64 4080, i64 %".49"
  %".52" = icmp slt i64 0, %"K"
  br i1 %".52", label %"pc.body", label %"pc.done"
jc.done:
  ret void
pc.body:
  %"pc" = phi  i64 [0, %"jc.body"], [%"pc.next", %"ic.done"]
  %".54" = sub i64 %"K", %"pc"
  %".55" = icmp slt i64 512, %".54"
  %".56" = select  i1 %".55", i64 512, i64 %".54"
  %".57" = icmp eq i64 %"pc", 0
  %".58" = mul i64 %"pc", %"rsb"
  %".59" = mul i64 %"jc", %"csb"
  %".60" = add i64 %".58", %".59"
  %".61" = getelementptr inbounds float, ptr %"B", i64 %".60"
  call void @"gv_gemm_f32.pack_b"(ptr %".45", ptr %".61", i64 %".51", i64 %".56", i64 %"csb", i64 %"rsb")
  %".63" = icmp slt i64 %".43", %".44"
  br i1 %".63", label %"ic.body", label %"ic.done"
pc.done:
  %"jc.next" = add nsw i64 %"jc", 4080
  %".101" = icmp slt i64 %"jc.next", %".42"
  br i1 %".101", label %"jc.body", label %"jc.done"
ic.body:
  %"ic" = phi  i64 [%".43", %"pc.body"], [%"ic.next", %"jr.done"]
  %".65" = sub i64 %".44", %"ic"
  %".66" = icmp slt i64 144, %".65"
  %".67" = select  i1 %".66", i64 144, i64 %".65"
  %".68" = mul i64 %"ic", %"rsa"
  %".69" = mul i64 %"pc", %"csa"
  %".70" = add i64 %".68", %".69"
  %".71" = getelementptr inbounds float, ptr %"A", i64 %".70"
  call void @"gv_gemm_f32.pack_a"(ptr %"ws", ptr %".71", i64 %".67", i64 %".56", i64 %"rsa", i64 %"csa")
  %".73" = icmp slt i64 0, %".51"
  br i1 %".73", label %"jr.body", label %"jr.done"
ic.done:
  %"pc.next" = add nsw i64 %"pc", 512
  %".99" = icmp slt i64 %"pc.next", %"K"
  br i1 %".99", label %"pc.body", label %"pc.done"
jr.body:
  %"jr" = phi  i64 [0, %"ic.body"], [%"jr.next", %"ir.done"]
  %".75" = sub i64 %".51", %"jr"
  %".76" = icmp slt i64 16, %".75"
  %".77" = select  i1 %".76", i64 16, i64 %".75"
  %".78" = mul i64 %"jr", %".56"
  %".79" = getelementptr inbounds float, ptr %".45", i64 %".78"
  %".80" = icmp slt i64 0, %".67"
  br i1 %".80", label %"ir.body", label %"ir.done"
jr.done:
  %"ic.next" = add nsw i64 %"ic", 144
  %".97" = icmp slt i64 %"ic.next", %".44"
  br i1 %".97", label %"ic.body", label %"ic.done"
ir.body:
  %"ir" = phi  i64 [0, %"jr.body"], [%"ir.next", %"ir.body"]
  %".82" = sub i64 %".67", %"ir"
  %".83" = icmp slt i64 6, %".82"
  %".84" = select  i1 %".83", i64 6, i64 %".82"
  %".85" = mul i64 %"ir", %".56"
  %".86" = getelementptr inbounds float, ptr %"ws", i64 %".85"
  %".87" = add i64 %"ic", %"ir"
  %".88" = mul i64 %".87", %"ldc"
  %".89" = add i64 %"jc", %"jr"
  %".90" = add i64 %".88", %".89"
  %".91" = getelementptr inbounds float, ptr %"C", i64 %".90"
  call void @"gv_gemm_f32.ukernel"(i64 %".56", ptr %".86", ptr %".79", ptr %".91", i64 %"ldc", i64 %".84", i64 %".77", i1 %".57", ptr %".46")
  %"ir.next" = add nsw i64 %"ir", 6
  %".93" = icmp slt i64 %"ir.next", %".67"
  br i1 %".93", label %"ir.body", label %"ir.done"
ir.done:
  %"jr.next" = add nsw i64 %"jr", 16
  %".95" = icmp slt i64 %"jr.next", %".51"
  br i1 %".95", label %"jr.body", label %"jr.done"
}

declare ptr @"gv_workspace"(i64 %".1", i64 %".2")

declare void @"gv_parallel"(ptr %".1", ptr %".2", i64 %".3")

; kernel gv_k1_add: nodes %add; layers model[0] (Fc); shapes %add: f32[N,3]
define internal void @"gv_k1_add"(i64 %"N", i64 %"nthreads", ptr %"b2", ptr %"b5", ptr %"b6")
{
entry:
  %".7" = mul i64 %"N", 3
  %".8" = icmp sge i64 %".7", 32768
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = alloca {i64, i64, ptr, ptr, ptr}
  %".11" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 0
  store i64 %"N", i64* %".11"
  %".13" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 1
  store i64 %"N", i64* %".13"
  %".15" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 2
  store ptr %"b2", ptr %".15"
  %".17" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 3
  store ptr %"b5", ptr %".17"
  %".19" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 4
  store ptr %"b6", ptr %".19"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k1_add.L0.par", {i64, i64, ptr, ptr, ptr}* %".10", i64 %"nthreads")
  br label %"entry.endif"
entry.else:
  call void @"gv_k1_add.L0"(i64 %"N", i64 0, i64 %"N", ptr %"b2", ptr %"b5", ptr %"b6")
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal void @"gv_k1_add.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b2__0__bias", ptr noalias %"b5_matmul", ptr noalias %"b6_add")
{
entry:
  %".8" = icmp slt i64 %"lo", %"hi"
  br i1 %".8", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i1.done"]
  %".10" = mul nsw i64 %"i0", 3
  %".11" = add nsw i64 0, %".10"
  %".12" = mul nsw i64 %"i0", 0
  %".13" = add nsw i64 0, %".12"
  %".14" = mul nsw i64 %"i0", 3
  %".15" = add nsw i64 0, %".14"
  %".16" = icmp slt i64 0, 3
  br i1 %".16", label %"i1.body", label %"i1.done"
i0.done:
  ret void
i1.body:
  %"i1" = phi  i64 [0, %"i0.body"], [%"i1.next", %"i1.body"]
  %".18" = mul nsw i64 %"i1", 1
  %".19" = add nsw i64 %".11", %".18"
  %".20" = mul nsw i64 %"i1", 1
  %".21" = add nsw i64 %".13", %".20"
  %".22" = mul nsw i64 %"i1", 1
  %".23" = add nsw i64 %".15", %".22"
  %".24" = getelementptr inbounds float, ptr %"b5_matmul", i64 %".19"
  %".25" = load float, ptr %".24"
  %".26" = getelementptr inbounds float, ptr %"b2__0__bias", i64 %".21"
  %".27" = load float, ptr %".26"
  %".28" = fadd nsz arcp contract afn reassoc float %".25", %".27"
  %".29" = getelementptr inbounds float, ptr %"b6_add", i64 %".23"
  store float %".28", ptr %".29"
  %"i1.next" = add nsw i64 %"i1", 1
  %".31" = icmp slt i64 %"i1.next", 3
  br i1 %".31", label %"i1.body", label %"i1.done"
i1.done:
  %"i0.next" = add nsw i64 %"i0", 1
  %".33" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".33", label %"i0.body", label %"i0.done"
}

define internal void @"gv_k1_add.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 3
  %".17" = load ptr, ptr %".16"
  %".18" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 4
  %".19" = load ptr, ptr %".18"
  call void @"gv_k1_add.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15", ptr %".17", ptr %".19")
  ret void
}

; kernel gv_k2_relu: nodes %relu; layers model[0] (Fc); shapes %relu: f32[N,3]
define internal void @"gv_k2_relu"(i64 %"N", i64 %"nthreads", ptr %"b6", ptr %"b7")
{
entry:
  %".6" = mul nsw i64 %"N", 3
  %".7" = icmp sge i64 %".6", 32768
  br i1 %".7", label %"entry.if", label %"entry.else"
entry.if:
  %".9" = alloca {i64, i64, ptr, ptr}
  %".10" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 0
  store i64 %"N", i64* %".10"
  %".12" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 1
  store i64 %".6", i64* %".12"
  %".14" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 2
  store ptr %"b6", ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 3
  store ptr %"b7", ptr %".16"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k2_relu.L0.par", {i64, i64, ptr, ptr}* %".9", i64 %"nthreads")
  br label %"entry.endif"
entry.else:
  call void @"gv_k2_relu.L0"(i64 %"N", i64 0, i64 %".6", ptr %"b6", ptr %"b7")
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal void @"gv_k2_relu.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b6_add", ptr noalias %"b7_relu")
{
entry:
  %".7" = mul nsw i64 %"N", 3
  %".8" = icmp slt i64 %"lo", %"hi"
  br i1 %".8", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i0.body"]
  %".10" = mul nsw i64 %"i0", 1
  %".11" = add nsw i64 0, %".10"
  %".12" = mul nsw i64 %"i0", 1
  %".13" = add nsw i64 0, %".12"
  %".14" = getelementptr inbounds float, ptr %"b6_add", i64 %".11"
  %".15" = load float, ptr %".14"
  %".16" = fcmp ogt float %".15",              0x0
  %".17" = select  i1 %".16", float %".15", float              0x0
  %".18" = getelementptr inbounds float, ptr %"b7_relu", i64 %".13"
  store float %".17", ptr %".18"
  %"i0.next" = add nsw i64 %"i0", 1
  %".20" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".20", label %"i0.body", label %"i0.done"
i0.done:
  ret void
}

define internal void @"gv_k2_relu.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 3
  %".17" = load ptr, ptr %".16"
  call void @"gv_k2_relu.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15", ptr %".17")
  ret void
}

; kernel gv_k3_matmul: nodes %matmul_1; layers model[1] (Fc); shapes %matmul_1: f32[N,2]
define internal void @"gv_k3_matmul"(i64 %"N", i64 %"nthreads", ptr %"b3", ptr %"b7", ptr %"b8")
{
entry:
  %".7" = getelementptr float, ptr %"b8", i64 0
  %".8" = icmp eq i64 3, 0
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = mul i64 %"N", 2
  %".11" = icmp slt i64 0, %".10"
  br i1 %".11", label %"z.body", label %"z.done"
entry.else:
  %".18" = getelementptr float, ptr %"b7", i64 0
  %".19" = getelementptr float, ptr %"b3", i64 0
  %".20" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}
  %".21" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 0
  store i64 %"N", i64* %".21"
  %".23" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 1
  store i64 2, i64* %".23"
  %".25" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 2
  store i64 3, i64* %".25"
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 3
  store ptr %".18", ptr %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 4
  store i64 3, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 5
  store i64 1, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 6
  store ptr %".19", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 7
  store i64 1, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 8
  store i64 3, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 9
  store ptr %".7", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 10
  store i64 2, i64* %".41"
  %".43" = mul i64 %"N", 2
  %".44" = mul i64 %".43", 3
  %".45" = icmp sge i64 %".44", 2097152
  br i1 %".45", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
z.body:
  %"z" = phi  i64 [0, %"entry.if"], [%"z.next", %"z.body"]
  %".13" = getelementptr inbounds float, ptr %".7", i64 %"z"
  store float              0x0, ptr %".13"
  %"z.next" = add nsw i64 %"z", 1
  %".15" = icmp slt i64 %"z.next", %".10"
  br i1 %".15", label %"z.body", label %"z.done"
z.done:
  br label %"entry.endif"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 %"nthreads")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}

; kernel gv_k4_add: nodes %add_1; layers model[1] (Fc); shapes %add_1: f32[N,2]
define internal void @"gv_k4_add"(i64 %"N", i64 %"nthreads", ptr %"b4", ptr %"b8", ptr %"b9")
{
entry:
  %".7" = mul i64 %"N", 2
  %".8" = icmp sge i64 %".7", 32768
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = alloca {i64, i64, ptr, ptr, ptr}
  %".11" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 0
  store i64 %"N", i64* %".11"
  %".13" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 1
  store i64 %"N", i64* %".13"
  %".15" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 2
  store ptr %"b4", ptr %".15"
  %".17" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 3
  store ptr %"b8", ptr %".17"
  %".19" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 4
  store ptr %"b9", ptr %".19"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k4_add.L0.par", {i64, i64, ptr, ptr, ptr}* %".10", i64 %"nthreads")
  br label %"entry.endif"
entry.else:
  call void @"gv_k4_add.L0"(i64 %"N", i64 0, i64 %"N", ptr %"b4", ptr %"b8", ptr %"b9")
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal void @"gv_k4_add.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b4__1__bias", ptr noalias %"b8_matmul_1", ptr noalias %"b9_add_1")
{
entry:
  %".8" = icmp slt i64 %"lo", %"hi"
  br i1 %".8", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i1.done"]
  %".10" = mul nsw i64 %"i0", 2
  %".11" = add nsw i64 0, %".10"
  %".12" = mul nsw i64 %"i0", 0
  %".13" = add nsw i64 0, %".12"
  %".14" = mul nsw i64 %"i0", 2
  %".15" = add nsw i64 0, %".14"
  %".16" = icmp slt i64 0, 2
  br i1 %".16", label %"i1.body", label %"i1.done"
i0.done:
  ret void
i1.body:
  %"i1" = phi  i64 [0, %"i0.body"], [%"i1.next", %"i1.body"]
  %".18" = mul nsw i64 %"i1", 1
  %".19" = add nsw i64 %".11", %".18"
  %".20" = mul nsw i64 %"i1", 1
  %".21" = add nsw i64 %".13", %".20"
  %".22" = mul nsw i64 %"i1", 1
  %".23" = add nsw i64 %".15", %".22"
  %".24" = getelementptr inbounds float, ptr %"b8_matmul_1", i64 %".19"
  %".25" = load float, ptr %".24"
  %".26" = getelementptr inbounds float, ptr %"b4__1__bias", i64 %".21"
  %".27" = load float, ptr %".26"
  %".28" = fadd nsz arcp contract afn reassoc float %".25", %".27"
  %".29" = getelementptr inbounds float, ptr %"b9_add_1", i64 %".23"
  store float %".28", ptr %".29"
  %"i1.next" = add nsw i64 %"i1", 1
  %".31" = icmp slt i64 %"i1.next", 2
  br i1 %".31", label %"i1.body", label %"i1.done"
i1.done:
  %"i0.next" = add nsw i64 %"i0", 1
  %".33" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".33", label %"i0.body", label %"i0.done"
}

define internal void @"gv_k4_add.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 3
  %".17" = load ptr, ptr %".16"
  %".18" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 4
  %".19" = load ptr, ptr %".18"
  call void @"gv_k4_add.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15", ptr %".17", ptr %".19")
  ret void
}

; kernel gv_k5_gt: nodes %gt; layers model[0] (Fc) [grad]; shapes %gt: f32[N,3]
define internal void @"gv_k5_gt"(i64 %"N", i64 %"nthreads", ptr %"b6", ptr %"b10")
{
entry:
  %".6" = mul nsw i64 %"N", 3
  %".7" = icmp sge i64 %".6", 32768
  br i1 %".7", label %"entry.if", label %"entry.else"
entry.if:
  %".9" = alloca {i64, i64, ptr, ptr}
  %".10" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 0
  store i64 %"N", i64* %".10"
  %".12" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 1
  store i64 %".6", i64* %".12"
  %".14" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 2
  store ptr %"b6", ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 3
  store ptr %"b10", ptr %".16"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k5_gt.L0.par", {i64, i64, ptr, ptr}* %".9", i64 %"nthreads")
  br label %"entry.endif"
entry.else:
  call void @"gv_k5_gt.L0"(i64 %"N", i64 0, i64 %".6", ptr %"b6", ptr %"b10")
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal void @"gv_k5_gt.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b6_add", ptr noalias %"b10_gt")
{
entry:
  %".7" = mul nsw i64 %"N", 3
  %".8" = icmp slt i64 %"lo", %"hi"
  br i1 %".8", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i0.body"]
  %".10" = mul nsw i64 %"i0", 1
  %".11" = add nsw i64 0, %".10"
  %".12" = mul nsw i64 %"i0", 1
  %".13" = add nsw i64 0, %".12"
  %".14" = getelementptr inbounds float, ptr %"b6_add", i64 %".11"
  %".15" = load float, ptr %".14"
  %".16" = fcmp ogt float %".15",              0x0
  %".17" = uitofp i1 %".16" to float
  %".18" = getelementptr inbounds float, ptr %"b10_gt", i64 %".13"
  store float %".17", ptr %".18"
  %"i0.next" = add nsw i64 %"i0", 1
  %".20" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".20", label %"i0.body", label %"i0.done"
i0.done:
  ret void
}

define internal void @"gv_k5_gt.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 3
  %".17" = load ptr, ptr %".16"
  call void @"gv_k5_gt.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15", ptr %".17")
  ret void
}

; gvcompile module for graph tiny_bwd
; arena: 128*N bytes; buffers: b0=arg:%seed0, b1=arg:%relu, b2=arg:%gt, b3=arg:%x, b4=arg:%_0__weight, b5=arg:%_1__weight, b6=out:%reduce_sum, b7=temp:%matmul_2, b8=out:%matmul_3, b9=temp:%where, b10=out:%reduce_sum_1, b11=out:%matmul_4, b12=out:%matmul_5
; ModuleID = "gv_tiny_bwd"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"gv_tiny_bwd"(i64 %"N", ptr %"args", ptr %"outs", ptr %"consts", ptr %"arena")
{
entry:
  %"nthreads" = call i64 @"gv_num_threads"()
  %".7" = getelementptr ptr, ptr %"args", i64 0
  %"b0_seed0" = load ptr, ptr %".7"
  %".9" = getelementptr ptr, ptr %"args", i64 1
  %"b1_relu" = load ptr, ptr %".9"
  %".11" = getelementptr ptr, ptr %"args", i64 2
  %"b2_gt" = load ptr, ptr %".11"
  %".13" = getelementptr ptr, ptr %"args", i64 3
  %"b3_x" = load ptr, ptr %".13"
  %".15" = getelementptr ptr, ptr %"args", i64 4
  %"b4__0__weight" = load ptr, ptr %".15"
  %".17" = getelementptr ptr, ptr %"args", i64 5
  %"b5__1__weight" = load ptr, ptr %".17"
  %".19" = getelementptr ptr, ptr %"outs", i64 3
  %"b6_reduce_sum" = load ptr, ptr %".19"
  %"b7_matmul_2" = getelementptr i8, ptr %"arena", i64 0
  %".22" = getelementptr ptr, ptr %"outs", i64 2
  %"b8_matmul_3" = load ptr, ptr %".22"
  %".24" = mul nsw i64 %"N", 64
  %"b9_where" = getelementptr i8, ptr %"arena", i64 %".24"
  %".26" = getelementptr ptr, ptr %"outs", i64 1
  %"b10_reduce_sum_1" = load ptr, ptr %".26"
  %".28" = getelementptr ptr, ptr %"outs", i64 4
  %"b11_matmul_4" = load ptr, ptr %".28"
  %".30" = getelementptr ptr, ptr %"outs", i64 0
  %"b12_matmul_5" = load ptr, ptr %".30"
  call void @"gv_k0_reduce_sum"(i64 %"N", i64 %"nthreads", ptr %"b0_seed0", ptr %"b6_reduce_sum")
  call void @"gv_k1_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0_seed0", ptr %"b5__1__weight", ptr %"b7_matmul_2")
  call void @"gv_k2_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0_seed0", ptr %"b1_relu", ptr %"b8_matmul_3")
  call void @"gv_k3_where"(i64 %"N", i64 %"nthreads", ptr %"b2_gt", ptr %"b7_matmul_2", ptr %"b9_where")
  call void @"gv_k4_reduce_sum"(i64 %"N", i64 %"nthreads", ptr %"b9_where", ptr %"b10_reduce_sum_1")
  call void @"gv_k5_matmul"(i64 %"N", i64 %"nthreads", ptr %"b4__0__weight", ptr %"b9_where", ptr %"b11_matmul_4")
  call void @"gv_k6_matmul"(i64 %"N", i64 %"nthreads", ptr %"b3_x", ptr %"b9_where", ptr %"b12_matmul_5")
  ret void
}

declare i64 @"gv_num_threads"()

; kernel gv_k0_reduce_sum: nodes %reduce_sum; layers model[1] (Fc) [grad]; shapes %reduce_sum: f32[2]
define internal void @"gv_k0_reduce_sum"(i64 %"N", i64 %"nthreads", ptr %"b0", ptr %"b6")
{
entry:
  %".6" = icmp sge i64 2, 32768
  br i1 %".6", label %"entry.if", label %"entry.else"
entry.if:
  %".8" = alloca {i64, i64, ptr}
  %".9" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 0
  store i64 %"N", i64* %".9"
  %".11" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 1
  store i64 2, i64* %".11"
  %".13" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 2
  store ptr %"b6", ptr %".13"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k0_reduce_sum.L0.par", {i64, i64, ptr}* %".8", i64 %"nthreads")
  br label %"entry.endif"
entry.else:
  call void @"gv_k0_reduce_sum.L0"(i64 %"N", i64 0, i64 2, ptr %"b6")
  br label %"entry.endif"
entry.endif:
  %".19" = mul i64 %"N", 2
  call void @"gv_k0_reduce_sum.L1"(i64 %"N", i64 0, i64 %"N", ptr %"b0", ptr %"b6")
  ret void
}

define internal void @"gv_k0_reduce_sum.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b6_reduce_sum")
{
entry:
  %".6" = icmp slt i64 %"lo", %"hi"
  br i1 %".6", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i0.body"]
  %".8" = mul nsw i64 %"i0", 1
  %".9" = add nsw i64 0, %".8"
  %".10" = getelementptr inbounds float, ptr %"b6_reduce_sum", i64 %".9"
  store float              0x0, ptr %".10"
  %"i0.next" = add nsw i64 %"i0", 1
  %".12" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".12", label %"i0.body", label %"i0.done"
i0.done:
  ret void
}

define internal void @"gv_k0_reduce_sum.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  call void @"gv_k0_reduce_sum.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15")
  ret void
}

declare void @"gv_parallel"(ptr %".1", ptr %".2", i64 %".3")

define internal void @"gv_k0_reduce_sum.L1"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b0_seed0", ptr noalias %"b6_reduce_sum")
{
entry:
  %".7" = icmp slt i64 %"lo", %"hi"
  br i1 %".7", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i1.done"]
  %".9" = mul nsw i64 %"i0", 2
  %".10" = add nsw i64 0, %".9"
  %".11" = mul nsw i64 %"i0", 0
  %".12" = add nsw i64 0, %".11"
  %".13" = icmp slt i64 0, 2
  br i1 %".13", label %"i1.body", label %"i1.done"
i0.done:
  ret void
i1.body:
  %"i1" = phi  i64 [0, %"i0.body"], [%"i1.next", %"i1.body"]
  %".15" = mul nsw i64 %"i1", 1
  %".16" = add nsw i64 %".10", %".15"
  %".17" = mul nsw i64 %"i1", 1
  %".18" = add nsw i64 %".12", %".17"
  %".19" = getelementptr inbounds float, ptr %"b0_seed0", i64 %".16"
  %".20" = load float, ptr %".19"
  %".21" = getelementptr inbounds float, ptr %"b6_reduce_sum", i64 %".18"
  %".22" = load float, ptr %".21"
  %".23" = fadd nsz arcp contract afn reassoc float %".22", %".20"
  store float %".23", ptr %".21"
  %"i1.next" = add nsw i64 %"i1", 1
  %".25" = icmp slt i64 %"i1.next", 2
  br i1 %".25", label %"i1.body", label %"i1.done"
i1.done:
  %"i0.next" = add nsw i64 %"i0", 1
  %".27" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".27", label %"i0.body", label %"i0.done"
}

; kernel gv_k1_matmul: nodes %matmul_2; layers model[1] (Fc) [grad]; shapes %matmul_2: f32[N,3]
define internal void @"gv_k1_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0", ptr %"b5", ptr %"b7")
{
entry:
  %".7" = getelementptr float, ptr %"b7", i64 0
  %".8" = icmp eq i64 2, 0
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = mul i64 %"N", 3
  %".11" = icmp slt i64 0, %".10"
  br i1 %".11", label %"z.body", label %"z.done"
entry.else:
  %".18" = getelementptr float, ptr %"b0", i64 0
  %".19" = getelementptr float, ptr %"b5", i64 0
  %".20" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}
  %".21" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 0
  store i64 %"N", i64* %".21"
  %".23" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 1
  store i64 3, i64* %".23"
  %".25" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 2
  store i64 2, i64* %".25"
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 3
  store ptr %".18", ptr %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 4
  store i64 2, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 5
  store i64 1, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 6
  store ptr %".19", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 7
  store i64 3, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 8
  store i64 1, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 9
  store ptr %".7", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 10
  store i64 3, i64* %".41"
  %".43" = mul i64 %"N", 3
  %".44" = mul i64 %".43", 2
  %".45" = icmp sge i64 %".44", 2097152
  br i1 %".45", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
z.body:
  %"z" = phi  i64 [0, %"entry.if"], [%"z.next", %"z.body"]
  %".13" = getelementptr inbounds float, ptr %".7", i64 %"z"
  store float              0x0, ptr %".13"
  %"z.next" = add nsw i64 %"z", 1
  %".15" = icmp slt i64 %"z.next", %".10"
  br i1 %".15", label %"z.body", label %"z.done"
z.done:
  br label %"entry.endif"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 %"nthreads")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}

declare <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1", <8 x float> %".2", <8 x float> %".3")

define internal void @"gv_gemm_f32.ukernel"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first", ptr %"tile")
{
entry:
  %".11" = and i64 %"kc", -4
  %".12" = icmp sgt i64 %".11", 0
  br i1 %".12", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".218", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".181", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".182", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".188", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".189", %"main"]
  %"acc4" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".195", %"main"]
  %"acc5" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".196", %"main"]
  %"acc6" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".202", %"main"]
  %"acc7" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".203", %"main"]
  %"acc8" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".209", %"main"]
  %"acc9" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".210", %"main"]
  %"acc10" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".216", %"main"]
  %"acc11" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".217", %"main"]
  %".14" = add i64 %"k", 0
  %".15" = mul i64 %".14", 16
  %".16" = add i64 %".15", 0
  %".17" = getelementptr inbounds float, ptr %"bp", i64 %".16"
  %".18" = load <8 x float>, ptr %".17", align 32
  %".19" = add i64 %".15", 8
  %".20" = getelementptr inbounds float, ptr %"bp", i64 %".19"
  %".21" = load <8 x float>, ptr %".20", align 32
  %".22" = mul i64 %".14", 6
  %".23" = add i64 %".22", 0
  %".24" = getelementptr inbounds float, ptr %"ap", i64 %".23"
  %".25" = load float, ptr %".24"
  %".26" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".25", i32 0
  %".27" = shufflevector <8 x float> %".26", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".28" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".27", <8 x float> %".18", <8 x float> %"acc0")
  %".29" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".27", <8 x float> %".21", <8 x float> %"acc1")
  %".30" = add i64 %".22", 1
  %".31" = getelementptr inbounds float, ptr %"ap", i64 %".30"
  %".32" = load float, ptr %".31"
  %".33" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".32", i32 0
  %".34" = shufflevector <8 x float> %".33", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".35" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".34", <8 x float> %".18", <8 x float> %"acc2")
  %".36" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".34", <8 x float> %".21", <8 x float> %"acc3")
  %".37" = add i64 %".22", 2
  %".38" = getelementptr inbounds float, ptr %"ap", i64 %".37"
  %".39" = load float, ptr %".38"
  %".40" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".39", i32 0
  %".41" = shufflevector <8 x float> %".40", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".42" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".41", <8 x float> %".18", <8 x float> %"acc4")
  %".43" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".41", <8 x float> %".21", <8 x float> %"acc5")
  %".44" = add i64 %".22", 3
  %".45" = getelementptr inbounds float, ptr %"ap", i64 %".44"
  %".46" = load float, ptr %".45"
  %".47" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".46", i32 0
  %".48" = shufflevector <8 x float> %".47", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".49" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".48", <8 x float> %".18", <8 x float> %"acc6")
  %".50" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".48", <8 x float> %".21", <8 x float> %"acc7")
  %".51" = add i64 %".22", 4
  %".52" = getelementptr inbounds float, ptr %"ap", i64 %".51"
  %".53" = load float, ptr %".52"
  %".54" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".53", i32 0
  %".55" = shufflevector <8 x float> %".54", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".56" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".55", <8 x float> %".18", <8 x float> %"acc8")
  %".57" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".55", <8 x float> %".21", <8 x float> %"acc9")
  %".58" = add i64 %".22", 5
  %".59" = getelementptr inbounds float, ptr %"ap", i64 %".58"
  %".60" = load float, ptr %".59"
  %".61" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".60", i32 0
  %".62" = shufflevector <8 x float> %".61", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".63" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".62", <8 x float> %".18", <8 x float> %"acc10")
  %".64" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".62", <8 x float> %".21", <8 x float> %"acc11")
  %".65" = add i64 %"k", 1
  %".66" = mul i64 %".65", 16
  %".67" = add i64 %".66", 0
  %".68" = getelementptr inbounds float, ptr %"bp", i64 %".67"
  %".69" = load <8 x float>, ptr %".68", align 32
  %".70" = add i64 %".66", 8
  %".71" = getelementptr inbounds float, ptr %"bp", i64 %".70"
  %".72" = load <8 x float>, ptr %".71", align 32
  %".73" = mul i64 %".65", 6
  %".74" = add i64 %".73", 0
  %".75" = getelementptr inbounds float, ptr %"ap", i64 %".74"
  %".76" = load float, ptr %".75"
  %".77" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".76", i32 0
  %".78" = shufflevector <8 x float> %".77", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".79" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".78", <8 x float> %".69", <8 x float> %".28")
  %".80" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".78", <8 x float> %".72", <8 x float> %".29")
  %".81" = add i64 %".73", 1
  %".82" = getelementptr inbounds float, ptr %"ap", i64 %".81"
  %".83" = load float, ptr %".82"
  %".84" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".83", i32 0
  %".85" = shufflevector <8 x float> %".84", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".86" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".85", <8 x float> %".69", <8 x float> %".35")
  %".87" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".85", <8 x float> %".72", <8 x float> %".36")
  %".88" = add i64 %".73", 2
  %".89" = getelementptr inbounds float, ptr %"ap", i64 %".88"
  %".90" = load float, ptr %".89"
  %".91" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".90", i32 0
  %".92" = shufflevector <8 x float> %".91", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".93" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".92", <8 x float> %".69", <8 x float> %".42")
  %".94" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".92", <8 x float> %".72", <8 x float> %".43")
  %".95" = add i64 %".73", 3
  %".96" = getelementptr inbounds float, ptr %"ap", i64 %".95"
  %".97" = load float, ptr %".96"
  %".98" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".97", i32 0
  %".99" = shufflevector <8 x float> %".98", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".100" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".99", <8 x float> %".69", <8 x float> %".49")
  %".101" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".99", <8 x float> %".72", <8 x float> %".50")
  %".102" = add i64 %".73", 4
  %".103" = getelementptr inbounds float, ptr %"ap", i64 %".102"
  %".104" = load float, ptr %".103"
  %".105" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".104", i32 0
  %".106" = shufflevector <8 x float> %".105", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".107" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".106", <8 x float> %".69", <8 x float> %".56")
  %".108" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".106", <8 x float> %".72", <8 x float> %".57")
  %".109" = add i64 %".73", 5
  %".110" = getelementptr inbounds float, ptr %"ap", i64 %".109"
  %".111" = load float, ptr %".110"
  %".112" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".111", i32 0
  %".113" = shufflevector <8 x float> %".112", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".114" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".113", <8 x float> %".69", <8 x float> %".63")
  %".115" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".113", <8 x float> %".72", <8 x float> %".64")
  %".116" = add i64 %"k", 2
  %".117" = mul i64 %".116", 16
  %".118" = add i64 %".117", 0
  %".119" = getelementptr inbounds float, ptr %"bp", i64 %".118"
  %".120" = load <8 x float>, ptr %".119", align 32
  %".121" = add i64 %".117", 8
  %".122" = getelementptr inbounds float, ptr %"bp", i64 %".121"
  %".123" = load <8 x float>, ptr %".122", align 32
  %".124" = mul i64 %".116", 6
  %".125" = add i64 %".124", 0
  %".126" = getelementptr inbounds float, ptr %"ap", i64 %".125"
  %".127" = load float, ptr %".126"
  %".128" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".127", i32 0
  %".129" = shufflevector <8 x float> %".128", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".130" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".129", <8 x float> %".120", <8 x float> %".79")
  %".131" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".129", <8 x float> %".123", <8 x float> %".80")
  %".132" = add i64 %".124", 1
  %".133" = getelementptr inbounds float, ptr %"ap", i64 %".132"
  %".134" = load float, ptr %".133"
  %".135" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".134", i32 0
  %".136" = shufflevector <8 x float> %".135", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".137" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".136", <8 x float> %".120", <8 x float> %".86")
  %".138" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".136", <8 x float> %".123", <8 x float> %".87")
  %".139" = add i64 %".124", 2
  %".140" = getelementptr inbounds float, ptr %"ap", i64 %".139"
  %".141" = load float, ptr %".140"
  %".142" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".141", i32 0
  %".143" = shufflevector <8 x float> %".142", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".144" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".143", <8 x float> %".120", <8 x float> %".93")
  %".145" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".143", <8 x float> %".123", <8 x float> %".94")
  %".146" = add i64 %".124", 3
  %".147" = getelementptr inbounds float, ptr %"ap", i64 %".146"
  %".148" = load float, ptr %".147"
  %".149" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".148", i32 0
  %".150" = shufflevector <8 x float> %".149", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".151" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".150", <8 x float> %".120", <8 x float> %".100")
  %".152" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".150", <8 x float> %".123", <8 x float> %".101")
  %".153" = add i64 %".124", 4
  %".154" = getelementptr inbounds float, ptr %"ap", i64 %".153"
  %".155" = load float, ptr %".154"
  %".156" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".155", i32 0
  %".157" = shufflevector <8 x float> %".156", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".158" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".157", <8 x float> %".120", <8 x float> %".107")
  %".159" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".157", <8 x float> %".123", <8 x float> %".108")
  %".160" = add i64 %".124", 5
  %".161" = getelementptr inbounds float, ptr %"ap", i64 %".160"
  %".162" = load float, ptr %".161"
  %".163" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".162", i32 0
  %".164" = shufflevector <8 x float> %".163", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".165" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".164", <8 x float> %".120", <8 x float> %".114")
  %".166" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".164", <8 x float> %".123", <8 x float> %".115")
  %".167" = add i64 %"k", 3
  %".168" = mul i64 %".167", 16
  %".169" = add i64 %".168", 0
  %".170" = getelementptr inbounds float, ptr %"bp", i64 %".169"
  %".171" = load <8 x float>, ptr %".170", align 32
  %".172" = add i64 %".168", 8
  %".173" = getelementptr inbounds float, ptr %"bp", i64 %".172"
  %".174" = load <8 x float>, ptr %".173", align 32
  %".175" = mul i64 %".167", 6
  %".176" = add i64 %".175", 0
  %".177" = getelementptr inbounds float, ptr %"ap", i64 %".176"
  %".178" = load float, ptr %".177"
  %".179" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".178", i32 0
  %".180" = shufflevector <8 x float> %".179", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".181" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".180", <8 x float> %".171", <8 x float> %".130")
  %".182" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".180", <8 x float> %".174", <8 x float> %".131")
  %".183" = add i64 %".175", 1
  %".184" = getelementptr inbounds float, ptr %"ap", i64 %".183"
  %".185" = load float, ptr %".184"
  %".186" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".185", i32 0
  %".187" = shufflevector <8 x float> %".186", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".188" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".187", <8 x float> %".171", <8 x float> %".137")
  %".189" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".187", <8 x float> %".174", <8 x float> %".138")
  %".190" = add i64 %".175", 2
  %".191" = getelementptr inbounds float, ptr %"ap", i64 %".190"
  %".192" = load float, ptr %".191"
  %".193" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".192", i32 0
  %".194" = shufflevector <8 x float> %".193", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".195" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".194", <8 x float> %".171", <8 x float> %".144")
  %".196" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".194", <8 x float> %".174", <8 x float> %".145")
  %".197" = add i64 %".175", 3
  %".198" = getelementptr inbounds float, ptr %"ap", i64 %".197"
  %".199" = load float, ptr %".198"
  %".200" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".199", i32 0
  %".201" = shufflevector <8 x float> %".200", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".202" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".201", <8 x float> %".171", <8 x float> %".151")
  %".203" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".201", <8 x float> %".174", <8 x float> %".152")
  %".204" = add i64 %".175", 4
  %".205" = getelementptr inbounds float, ptr %"ap", i64 %".204"
  %".206" = load float, ptr %".205"
  %".207" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".206", i32 0
  %".208" = shufflevector <8 x float> %".207", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".209" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".171", <8 x float> %".158")
  %".210" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".174", <8 x float> %".159")
  %".211" = add i64 %".175", 5
  %".212" = getelementptr inbounds float, ptr %"ap", i64 %".211"
  %".213" = load float, ptr %".212"
  %".214" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".213", i32 0
  %".215" = shufflevector <8 x float> %".214", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".216" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".171", <8 x float> %".165")
  %".217" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".174", <8 x float> %".166")
  %".218" = add i64 %"k", 4
  %".219" = icmp slt i64 %".218", %".11"
  br i1 %".219", label %"main", label %"mid"
mid:
  %".221" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".181", %"main"]
  %".222" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".182", %"main"]
  %".223" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".188", %"main"]
  %".224" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".189", %"main"]
  %".225" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".195", %"main"]
  %".226" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".196", %"main"]
  %".227" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".202", %"main"]
  %".228" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".203", %"main"]
  %".229" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".209", %"main"]
  %".230" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".210", %"main"]
  %".231" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".216", %"main"]
  %".232" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".217", %"main"]
  %".233" = icmp slt i64 %".11", %"kc"
  br i1 %".233", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".11", %"mid"], [%".297", %"rem"]
  %".235" = phi  <8 x float> [%".221", %"mid"], [%".260", %"rem"]
  %".236" = phi  <8 x float> [%".222", %"mid"], [%".261", %"rem"]
  %".237" = phi  <8 x float> [%".223", %"mid"], [%".267", %"rem"]
  %".238" = phi  <8 x float> [%".224", %"mid"], [%".268", %"rem"]
  %".239" = phi  <8 x float> [%".225", %"mid"], [%".274", %"rem"]
  %".240" = phi  <8 x float> [%".226", %"mid"], [%".275", %"rem"]
  %".241" = phi  <8 x float> [%".227", %"mid"], [%".281", %"rem"]
  %".242" = phi  <8 x float> [%".228", %"mid"], [%".282", %"rem"]
  %".243" = phi  <8 x float> [%".229", %"mid"], [%".288", %"rem"]
  %".244" = phi  <8 x float> [%".230", %"mid"], [%".289", %"rem"]
  %".245" = phi  <8 x float> [%".231", %"mid"], [%".295", %"rem"]
  %".246" = phi  <8 x float> [%".232", %"mid"], [%".296", %"rem"]
  %".247" = mul i64 %"k1", 16
  %".248" = add i64 %".247", 0
  %".249" = getelementptr inbounds float, ptr %"bp", i64 %".248"
  %".250" = load <8 x float>, ptr %".249", align 32
  %".251" = add i64 %".247", 8
  %".252" = getelementptr inbounds float, ptr %"bp", i64 %".251"
  %".253" = load <8 x float>, ptr %".252", align 32
  %".254" = mul i64 %"k1", 6
  %".255" = add i64 %".254", 0
  %".256" = getelementptr inbounds float, ptr %"ap", i64 %".255"
  %".257" = load float, ptr %".256"
  %".258" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".257", i32 0
  %".259" = shufflevector <8 x float> %".258", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".260" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".259", <8 x float> %".250", <8 x float> %".235")
  %".261" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".259", <8 x float> %".253", <8 x float> %".236")
  %".262" = add i64 %".254", 1
  %".263" = getelementptr inbounds float, ptr %"ap", i64 %".262"
  %".264" = load float, ptr %".263"
  %".265" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".264", i32 0
  %".266" = shufflevector <8 x float> %".265", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".267" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".266", <8 x float> %".250", <8 x float> %".237")
  %".268" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".266", <8 x float> %".253", <8 x float> %".238")
  %".269" = add i64 %".254", 2
  %".270" = getelementptr inbounds float, ptr %"ap", i64 %".269"
  %".271" = load float, ptr %".270"
  %".272" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".271", i32 0
  %".273" = shufflevector <8 x float> %".272", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".274" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".273", <8 x float> %".250", <8 x float> %".239")
  %".275" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".273", <8 x float> %".253", <8 x float> %".240")
  %".276" = add i64 %".254", 3
  %".277" = getelementptr inbounds float, ptr %"ap", i64 %".276"
  %".278" = load float, ptr %".277"
  %".279" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".278", i32 0
  %".280" = shufflevector <8 x float> %".279", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".281" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".280", <8 x float> %".250", <8 x float> %".241")
  %".282" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".280", <8 x float> %".253", <8 x float> %".242")
  %".283" = add i64 %".254", 4
  %".284" = getelementptr inbounds float, ptr %"ap", i64 %".283"
  %".285" = load float, ptr %".284"
  %".286" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".285", i32 0
  %".287" = shufflevector <8 x float> %".286", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".288" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".287", <8 x float> %".250", <8 x float> %".243")
  %".289" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".287", <8 x float> %".253", <8 x float> %".244")
  %".290" = add i64 %".254", 5
  %".291" = getelementptr inbounds float, ptr %"ap", i64 %".290"
  %".292" = load float, ptr %".291"
  %".293" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".292", i32 0
  %".294" = shufflevector <8 x float> %".293", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".295" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".294", <8 x float> %".250", <8 x float> %".245")
  %".296" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".294", <8 x float> %".253", <8 x float> %".246")
  %".297" = add i64 %"k1", 1
  %".298" = icmp slt i64 %".297", %"kc"
  br i1 %".298", label %"rem", label %"tail"
tail:
  %".300" = phi  <8 x float> [%".221", %"mid"], [%".260", %"rem"]
  %".301" = phi  <8 x float> [%".222", %"mid"], [%".261", %"rem"]
  %".302" = phi  <8 x float> [%".223", %"mid"], [%".267", %"rem"]
  %".303" = phi  <8 x float> [%".224", %"mid"], [%".268", %"rem"]
  %".304" = phi  <8 x float> [%".225", %"mid"], [%".274", %"rem"]
  %".305" = phi  <8 x float> [%".226", %"mid"], [%".275", %"rem"]
  %".306" = phi  <8 x float> [%".227", %"mid"], [%".281", %"rem"]
  %".307" = phi  <8 x float> [%".228", %"mid"], [%".282", %"rem"]
  %".308" = phi  <8 x float> [%".229", %"mid"], [%".288", %"rem"]
  %".309" = phi  <8 x float> [%".230", %"mid"], [%".289", %"rem"]
  %".310" = phi  <8 x float> [%".231", %"mid"], [%".295", %"rem"]
  %".311" = phi  <8 x float> [%".232", %"mid"], [%".296", %"rem"]
  %".312" = icmp eq i64 %"mr", 6
  %".313" = icmp eq i64 %"nr", 16
  %".314" = and i1 %".312", %".313"
  br i1 %".314", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".440" = getelementptr inbounds float, ptr %"tile", i64 0
  store <8 x float> %".300", ptr %".440", align 64
  %".442" = getelementptr inbounds float, ptr %"tile", i64 8
  store <8 x float> %".301", ptr %".442", align 64
  %".444" = getelementptr inbounds float, ptr %"tile", i64 16
  store <8 x float> %".302", ptr %".444", align 64
  %".446" = getelementptr inbounds float, ptr %"tile", i64 24
  store <8 x float> %".303", ptr %".446", align 64
  %".448" = getelementptr inbounds float, ptr %"tile", i64 32
  store <8 x float> %".304", ptr %".448", align 64
  %".450" = getelementptr inbounds float, ptr %"tile", i64 40
  store <8 x float> %".305", ptr %".450", align 64
  %".452" = getelementptr inbounds float, ptr %"tile", i64 48
  store <8 x float> %".306", ptr %".452", align 64
  %".454" = getelementptr inbounds float, ptr %"tile", i64 56
  store <8 x float> %".307", ptr %".454", align 64
  %".456" = getelementptr inbounds float, ptr %"tile", i64 64
  store <8 x float> %".308", ptr %".456", align 64
  %".458" = getelementptr inbounds float, ptr %"tile", i64 72
  store <8 x float> %".309", ptr %".458", align 64
  %".460" = getelementptr inbounds float, ptr %"tile", i64 80
  store <8 x float> %".310", ptr %".460", align 64
  %".462" = getelementptr inbounds float, ptr %"tile", i64 88
  store <8 x float> %".311", ptr %".462", align 64
  %".464" = icmp slt i64 0, %"mr"
  br i1 %".464", label %"tr.body", label %"tr.done"
tail.endif:
  ret void
tail.if.if:
  %".317" = mul i64 0, %"ldc"
  %".318" = add i64 %".317", 0
  %".319" = getelementptr inbounds float, ptr %"c", i64 %".318"
  store <8 x float> %".300", ptr %".319", align 4
  %".321" = mul i64 0, %"ldc"
  %".322" = add i64 %".321", 8
  %".323" = getelementptr inbounds float, ptr %"c", i64 %".322"
  store <8 x float> %".301", ptr %".323", align 4
  %".325" = mul i64 1, %"ldc"
  %".326" = add i64 %".325", 0
  %".327" = getelementptr inbounds float, ptr %"c", i64 %".326"
  store <8 x float> %".302", ptr %".327", align 4
  %".329" = mul i64 1, %"ldc"
  %".330" = add i64 %".329", 8
  %".331" = getelementptr inbounds float, ptr %"c", i64 %".330"
  store <8 x float> %".303", ptr %".331", align 4
  %".333" = mul i64 2, %"ldc"
  %".334" = add i64 %".333", 0
  %".335" = getelementptr inbounds float, ptr %"c", i64 %".334"
  store <8 x float> %".304", ptr %".335", align 4
  %".337" = mul i64 2, %"ldc"
  %".338" = add i64 %".337", 8
  %".339" = getelementptr inbounds float, ptr %"c", i64 %".338"
  store <8 x float> %".305", ptr %".339", align 4
  %".341" = mul i64 3, %"ldc"
  %".342" = add i64 %".341", 0
  %".343" = getelementptr inbounds float, ptr %"c", i64 %".342"
  store <8 x float> %".306", ptr %".343", align 4
  %".345" = mul i64 3, %"ldc"
  %".346" = add i64 %".345", 8
  %".347" = getelementptr inbounds float, ptr %"c", i64 %".346"
  store <8 x float> %".307", ptr %".347", align 4
  %".349" = mul i64 4, %"ldc"
  %".350" = add i64 %".349", 0
  %".351" = getelementptr inbounds float, ptr %"c", i64 %".350"
  store <8 x float> %".308", ptr %".351", align 4
  %".353" = mul i64 4, %"ldc"
  %".354" = add i64 %".353", 8
  %".355" = getelementptr inbounds float, ptr %"c", i64 %".354"
  store <8 x float> %".309", ptr %".355", align 4
  %".357" = mul i64 5, %"ldc"
  %".358" = add i64 %".357", 0
  %".359" = getelementptr inbounds float, ptr %"c", i64 %".358"
  store <8 x float> %".310", ptr %".359", align 4
  %".361" = mul i64 5, %"ldc"
  %".362" = add i64 %".361", 8
  %".363" = getelementptr inbounds float, ptr %"c", i64 %".362"
  store <8 x float> %".311", ptr %".363", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".366" = mul i64 0, %"ldc"
  %".367" = add i64 %".366", 0
  %".368" = getelementptr inbounds float, ptr %"c", i64 %".367"
  %".369" = load <8 x float>, ptr %".368", align 4
  %".370" = fadd nsz arcp contract afn reassoc <8 x float> %".369", %".300"
  store <8 x float> %".370", ptr %".368", align 4
  %".372" = mul i64 0, %"ldc"
  %".373" = add i64 %".372", 8
  %".374" = getelementptr inbounds float, ptr %"c", i64 %".373"
  %".375" = load <8 x float>, ptr %".374", align 4
  %".376" = fadd nsz arcp contract afn reassoc <8 x float> %".375", %".301"
  store <8 x float> %".376", ptr %".374", align 4
  %".378" = mul i64 1, %"ldc"
  %".379" = add i64 %".378", 0
  %".380" = getelementptr inbounds float, ptr %"c", i64 %".379"
  %".381" = load <8 x float>, ptr %".380", align 4
  %".382" = fadd nsz arcp contract afn reassoc <8 x float> %".381", %".302"
  store <8 x float> %".382", ptr %".380", align 4
  %".384" = mul i64 1, %"ldc"
  %".385" = add i64 %".384", 8
  %".386" = getelementptr inbounds float, ptr %"c", i64 %".385"
  %".387" = load <8 x float>, ptr %".386", align 4
  %".388" = fadd nsz arcp contract afn reassoc <8 x float> %".387", %".303"
  store <8 x float> %".388", ptr %".386", align 4
  %".390" = mul i64 2, %"ldc"
  %".391" = add i64 %".390", 0
  %".392" = getelementptr inbounds float, ptr %"c", i64 %".391"
  %".393" = load <8 x float>, ptr %".392", align 4
  %".394" = fadd nsz arcp contract afn reassoc <8 x float> %".393", %".304"
  store <8 x float> %".394", ptr %".392", align 4
  %".396" = mul i64 2, %"ldc"
  %".397" = add i64 %".396", 8
  %".398" = getelementptr inbounds float, ptr %"c", i64 %".397"
  %".399" = load <8 x float>, ptr %".398", align 4
  %".400" = fadd nsz arcp contract afn reassoc <8 x float> %".399", %".305"
  store <8 x float> %".400", ptr %".398", align 4
  %".402" = mul i64 3, %"ldc"
  %".403" = add i64 %".402", 0
  %".404" = getelementptr inbounds float, ptr %"c", i64 %".403"
  %".405" = load <8 x float>, ptr %".404", align 4
  %".406" = fadd nsz arcp contract afn reassoc <8 x float> %".405", %".306"
  store <8 x float> %".406", ptr %".404", align 4
  %".408" = mul i64 3, %"ldc"
  %".409" = add i64 %".408", 8
  %".410" = getelementptr inbounds float, ptr %"c", i64 %".409"
  %".411" = load <8 x float>, ptr %".410", align 4
  %".412" = fadd nsz arcp contract afn reassoc <8 x float> %".411", %".307"
  store <8 x float> %".412", ptr %".410", align 4
  %".414" = mul i64 4, %"ldc"
  %".415" = add i64 %".414", 0
  %".416" = getelementptr inbounds float, ptr %"c", i64 %".415"
  %".417" = load <8 x float>, ptr %".416", align 4
  %".418" = fadd nsz arcp contract afn reassoc <8 x float> %".417", %".308"
  store <8 x float> %".418", ptr %".416", align 4
  %".420" = mul i64 4, %"ldc"
  %".421" = add i64 %".420", 8
  %".422" = getelementptr inbounds float, ptr %"c", i64 %".421"
  %".423" = load <8 x float>, ptr %".422", align 4
  %".424" = fadd nsz arcp contract afn reassoc <8 x float> %".423", %".309"
  store <8 x float> %".424", ptr %".422", align 4
  %".426" = mul i64 5, %"ldc"
  %".427" = add i64 %".426", 0
  %".428" = getelementptr inbounds float, ptr %"c", i64 %".427"
  %".429" = load <8 x float>, ptr %".428", align 4
  %".430" = fadd nsz arcp contract afn reassoc <8 x float> %".429", %".310"
  store <8 x float> %".430", ptr %".428", align 4
  %".432" = mul i64 5, %"ldc"
  %".433" = add i64 %".432", 8
  %".434" = getelementptr inbounds float, ptr %"c", i64 %".433"
  %".435" = load <8 x float>, ptr %".434", align 4
  %".436" = fadd nsz arcp contract afn reassoc <8 x float> %".435", %".311"
  store <8 x float> %".436", ptr %".434", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
tr.body:
  %"tr" = phi  i64 [0, %"tail.else"], [%"tr.next", %"tc.done"]
  %".466" = icmp slt i64 0, %"nr"
  br i1 %".466", label %"tc.body", label %"tc.done"
tr.done:
  br label %"tail.endif"
tc.body:
  %"tc" = phi  i64 [0, %"tr.body"], [%"tc.next", %"tc.body"]
  %".468" = mul i64 %"tr", 16
  %".469" = add i64 %".468", %"tc"
  %".470" = getelementptr inbounds float, ptr %"tile", i64 %".469"
  %".471" = load float, ptr %".470"
  %".472" = mul i64 %"tr", %"ldc"
  %".473" = add i64 %".472", %"tc"
  %".474" = getelementptr inbounds float, ptr %"c", i64 %".473"
  %".475" = load float, ptr %".474"
  %".476" = select  i1 %"first", float              0x0, float %".475"
  %".477" = fadd nsz arcp contract afn reassoc float %".476", %".471"
  store float %".477", ptr %".474"
  %"tc.next" = add nsw i64 %"tc", 1
  %".479" = icmp slt i64 %"tc.next", %"nr"
  br i1 %".479", label %"tc.body", label %"tc.done"
tc.done:
  %"tr.next" = add nsw i64 %"tr", 1
  %".481" = icmp slt i64 %"tr.next", %"mr"
  br i1 %".481", label %"tr.body", label %"tr.done"
}

define internal void @"gv_gemm_f32.pack_a"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k")
{
entry:
  %".8" = add i64 %"rows", 5
  %".9" = sdiv i64 %".8", 6
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"z.done"]
  %".12" = mul i64 %"kc", 6
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 6
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 6, %".15"
  %".17" = select  i1 %".16", i64 6, i64 %".15"
  %".18" = icmp slt i64 0, %".17"
  br i1 %".18", label %"r.body", label %"r.done"
p.done:
  ret void
r.body:
  %"r" = phi  i64 [0, %"p.body"], [%"r.next", %"k.done"]
  %".20" = add i64 %".14", %"r"
  %".21" = mul i64 %".20", %"s_row"
  %".22" = icmp slt i64 0, %"kc"
  br i1 %".22", label %"k.body", label %"k.done"
r.done:
  %".37" = icmp slt i64 %".17", 6
  br i1 %".37", label %"z.body", label %"z.done"
k.body:
  %"k" = phi  i64 [0, %"r.body"], [%"k.next", %"k.body"]
  %".24" = mul i64 %"k", %"s_k"
  %".25" = add i64 %".21", %".24"
  %".26" = getelementptr inbounds float, ptr %"src", i64 %".25"
  %".27" = load float, ptr %".26"
  %".28" = mul i64 %"k", 6
  %".29" = add i64 %".28", %"r"
  %".30" = add i64 %".13", %".29"
  %".31" = getelementptr inbounds float, ptr %"dst", i64 %".30"
  store float %".27", ptr %".31"
  %"k.next" = add nsw i64 %"k", 1
  %".33" = icmp slt i64 %"k.next", %"kc"
  br i1 %".33", label %"k.body", label %"k.done"
k.done:
  %"r.next" = add nsw i64 %"r", 1
  %".35" = icmp slt i64 %"r.next", %".17"
  br i1 %".35", label %"r.body", label %"r.done"
z.body:
  %"z" = phi  i64 [%".17", %"r.done"], [%"z.next", %"kz.done"]
  %".39" = icmp slt i64 0, %"kc"
  br i1 %".39", label %"kz.body", label %"kz.done"
z.done:
  %"p.next" = add nsw i64 %"p", 1
  %".50" = icmp slt i64 %"p.next", %".9"
  br i1 %".50", label %"p.body", label %"p.done"
kz.body:
  %"kz" = phi  i64 [0, %"z.body"], [%"kz.next", %"kz.body"]
  %".41" = mul i64 %"kz", 6
  %".42" = add i64 %".41", %"z"
  %".43" = add i64 %".13", %".42"
  %".44" = getelementptr inbounds float, ptr %"dst", i64 %".43"
  store float              0x0, ptr %".44"
  %"kz.next" = add nsw i64 %"kz", 1
  %".46" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".46", label %"kz.body", label %"kz.done"
kz.done:
  %"z.next" = add nsw i64 %"z", 1
  %".48" = icmp slt i64 %"z.next", 6
  br i1 %".48", label %"z.body", label %"z.done"
}

define internal void @"gv_gemm_f32.pack_b"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k")
{
entry:
  %".8" = add i64 %"rows", 15
  %".9" = sdiv i64 %".8", 16
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"z.done"]
  %".12" = mul i64 %"kc", 16
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 16
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 16, %".15"
  %".17" = select  i1 %".16", i64 16, i64 %".15"
  %".18" = icmp slt i64 0, %".17"
  br i1 %".18", label %"r.body", label %"r.done"
p.done:
  ret void
r.body:
  %"r" = phi  i64 [0, %"p.body"], [%"r.next", %"k.done"]
  %".20" = add i64 %".14", %"r"
  %".21" = mul i64 %".20", %"s_row"
  %".22" = icmp slt i64 0, %"kc"
  br i1 %".22", label %"k.body", label %"k.done"
r.done:
  %".37" = icmp slt i64 %".17", 16
  br i1 %".37", label %"z.body", label %"z.done"
k.body:
  %"k" = phi  i64 [0, %"r.body"], [%"k.next", %"k.body"]
  %".24" = mul i64 %"k", %"s_k"
  %".25" = add i64 %".21", %".24"
  %".26" = getelementptr inbounds float, ptr %"src", i64 %".25"
  %".27" = load float, ptr %".26"
  %".28" = mul i64 %"k", 16
  %".29" = add i64 %".28", %"r"
  %".30" = add i64 %".13", %".29"
  %".31" = getelementptr inbounds float, ptr %"dst", i64 %".30"
  store float %".27", ptr %".31"
  %"k.next" = add nsw i64 %"k", 1
  %".33" = icmp slt i64 %"k.next", %"kc"
  br i1 %".33", label %"k.body", label %"k.done"
k.done:
  %"r.next" = add nsw i64 %"r", 1
  %".35" = icmp slt i64 %"r.next", %".17"
  br i1 %".35", label %"r.body", label %"r.done"
z.body:
  %"z" = phi  i64 [%".17", %"r.done"], [%"z.next", %"kz.done"]
  %".39" = icmp slt i64 0, %"kc"
  br i1 %".39", label %"kz.body", label %"kz.done"
z.done:
  %"p.next" = add nsw i64 %"p", 1
  %".50" = icmp slt i64 %"p.next", %".9"
  br i1 %".50", label %"p.body", label %"p.done"
kz.body:
  %"kz" = phi  i64 [0, %"z.body"], [%"kz.next", %"kz.body"]
  %".41" = mul i64 %"kz", 16
  %".42" = add i64 %".41", %"z"
  %".43" = add i64 %".13", %".42"
  %".44" = getelementptr inbounds float, ptr %"dst", i64 %".43"
  store float              0x0, ptr %".44"
  %"kz.next" = add nsw i64 %"kz", 1
  %".46" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".46", label %"kz.body", label %"kz.done"
kz.done:
  %"z.next" = add nsw i64 %"z", 1
  %".48" = icmp slt i64 %"z.next", 16
  br i1 %".48", label %"z.body", label %"z.done"
}

define internal void @"gv_gemm_f32.thread"(ptr %"ctx", i64 %"tid", i64 %"nt")
{
entry:
  %".5" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 0
  %"M" = load i64, ptr %".5"
  %".6" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 1
  %"Nn" = load i64, ptr %".6"
  %".7" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 2
  %"K" = load i64, ptr %".7"
  %".8" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 3
  %"A" = load ptr, ptr %".8"
  %".9" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 4
  %"rsa" = load i64, ptr %".9"
  %".10" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 5
  %"csa" = load i64, ptr %".10"
  %".11" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 6
  %"B" = load ptr, ptr %".11"
  %".12" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 7
  %"rsb" = load i64, ptr %".12"
  %".13" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 8
  %"csb" = load i64, ptr %".13"
  %".14" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 9
  %"C" = load ptr, ptr %".14"
  %".15" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 10
  %"ldc" = load i64, ptr %".15"
  %".16" = icmp sge i64 %"Nn", %"M"
  %".17" = add i64 %"Nn", 15
  %".18" = sdiv i64 %".17", 16
  %".19" = sub i64 %"nt", 1
  %".20" = add i64 %".18", %".19"
  %".21" = sdiv i64 %".20", %"nt"
  %".22" = mul i64 %".21", 16
  %".23" = mul i64 %"tid", %".22"
  %".24" = icmp slt i64 %".23", %"Nn"
  %".25" = select  i1 %".24", i64 %".23", i64 %"Nn"
  %".26" = add i64 %".25", %".22"
  %".27" = icmp slt i64 %".26", %"Nn"
  %".28" = select  i1 %".27", i64 %".26", i64 %"Nn"
  %".29" = add i64 %"M", 5
  %".30" = sdiv i64 %".29", 6
  %".31" = sub i64 %"nt", 1
  %".32" = add i64 %".30", %".31"
  %".33" = sdiv i64 %".32", %"nt"
  %".34" = mul i64 %".33", 6
  %".35" = mul i64 %"tid", %".34"
  %".36" = icmp slt i64 %".35", %"M"
  %".37" = select  i1 %".36", i64 %".35", i64 %"M"
  %".38" = add i64 %".37", %".34"
  %".39" = icmp slt i64 %".38", %"M"
  %".40" = select  i1 %".39", i64 %".38", i64 %"M"
  %".41" = select  i1 %".16", i64 %".25", i64 0
  %".42" = select  i1 %".16", i64 %".28", i64 %"Nn"
  %".43" = select  i1 %".16", i64 0, i64 %".37"
  %".44" = select  i1 %".16", i64 %"M", i64 %".40"
  %"ws" = call ptr @"gv_workspace"(i64 %"tid", i64 8651136)
  %".45" = getelementptr inbounds float, ptr %"ws", i64 73728
  %".46" = getelementptr inbounds float, ptr %"ws", i64 2162688
  %".47" = icmp slt i64 %".41", %".42"
  br i1 %".47", label %"jc.body", label %"jc.done"
jc.body:
  %"jc" = phi  i64 [%".41", %"entry"], [%"jc.next", %"pc.done"]
  %".49" = sub i64 %".42", %"jc"
  %".50" = icmp slt i64 4080, %".49"
  %".51" = select  i1 %".50", i64 4080, i64 %".49"
  %".52" = icmp slt i64 0, %"K"
  br i1 %".52", label %"pc.body", label %"pc.done"
jc.done:
  ret void
pc.body:
  %"pc" = phi  i64 [0, %"jc.body"], [%"pc.next", %"ic.done"]
  %".54" = sub i64 %"K", %"pc"
  %".55" = icmp slt i64 512, %".54"
  %".56" = select  i1 %".55", i64 512, i64 %".54"
  %".57" = icmp eq i64 %"pc", 0
  %".58" = mul i64 %"pc", %"rsb"
  %".59" = mul i64 %"jc", %"csb"
  %".60" = add i64 %".58", %".59"
  %".61" = getelementptr inbounds float, ptr %"B", i64 %".60"
  call void @"gv_gemm_f32.pack_b"(ptr %".45", ptr %".61", i64 %".51", i64 %".56", i64 %"csb", i64 %"rsb")
  %".63" = icmp slt i64 %".43", %".44"
  br i1 %".63", label %"ic.body", label %"ic.done"
pc.done:
  %"jc.next" = add nsw i64 %"jc", 4080
  %".101" = icmp slt i64 %"jc.next", %".42"
  br i1 %".101", label %"jc.body", label %"jc.done"
ic.body:
  %"ic" = phi  i64 [%".43", %"pc.body"], [%"ic.next", %"jr.done"]
  %".65" = sub i64 %".44", %"ic"
  %".66" = icmp slt i64 144, %".65"
  %".67" = select  i1 %".66", i64 144, i64 %".65"
  %".68" = mul i64 %"ic", %"rsa"
  %".69" = mul i64 %"pc", %"csa"
  %".70" = add i64 %".68", %".69"
  %".71" = getelementptr inbounds float, ptr %"A", i64 %".70"
  call void @"gv_gemm_f32.pack_a"(ptr %"ws", ptr %".71", i64 %".67", i64 %".56", i64 %"rsa", i64 %"csa")
  %".73" = icmp slt i64 0, %".51"
  br i1 %".73", label %"jr.body", label %"jr.done"
ic.done:
  %"pc.next" = add nsw i64 %"pc", 512
  %".99" = icmp slt i64 %"pc.next", %"K"
  br i1 %".99", label %"pc.body", label %"pc.done"
jr.body:
  %"jr" = phi  i64 [0, %"ic.body"], [%"jr.next", %"ir.done"]
  %".75" = sub i64 %".51", %"jr"
  %".76" = icmp slt i64 16, %".75"
  %".77" = select  i1 %".76", i64 16, i64 %".75"
  %".78" = mul i64 %"jr", %".56"
  %".79" = getelementptr inbounds float, ptr %".45", i64 %".78"
  %".80" = icmp slt i64 0, %".67"
  br i1 %".80", label %"ir.body", label %"ir.done"
jr.done:
  %"ic.next" = add nsw i64 %"ic", 144
  %".97" = icmp slt i64 %"ic.next", %".44"
  br i1 %".97", label %"ic.body", label %"ic.done"
ir.body:
  %"ir" = phi  i64 [0, %"jr.body"], [%"ir.next", %"ir.body"]
  %".82" = sub i64 %".67", %"ir"
  %".83" = icmp slt i64 6, %".82"
  %".84" = select  i1 %".83", i64 6, i64 %".82"
  %".85" = mul i64 %"ir", %".56"
  %".86" = getelementptr inbounds float, ptr %"ws", i64 %".85"
  %".87" = add i64 %"ic", %"ir"
  %".88" = mul i64 %".87", %"ldc"
  %".89" = add i64 %"jc", %"jr"
  %".90" = add i64 %".88", %".89"
  %".91" = getelementptr inbounds float, ptr %"C", i64 %".90"
  call void @"gv_gemm_f32.ukernel"(i64 %".56", ptr %".86", ptr %".79", ptr %".91", i64 %"ldc", i64 %".84", i64 %".77", i1 %".57", ptr %".46")
  %"ir.next" = add nsw i64 %"ir", 6
  %".93" = icmp slt i64 %"ir.next", %".67"
  br i1 %".93", label %"ir.body", label %"ir.done"
ir.done:
  %"jr.next" = add nsw i64 %"jr", 16
  %".95" = icmp slt i64 %"jr.next", %".51"
  br i1 %".95", label %"jr.body", label %"jr.done"
}

declare ptr @"gv_workspace"(i64 %".1", i64 %".2")

; kernel gv_k2_matmul: nodes %matmul_3; layers model[1] (Fc) [grad]; shapes %matmul_3: f32[2,3]
define internal void @"gv_k2_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0", ptr %"b1", ptr %"b8")
{
entry:
  %".7" = getelementptr float, ptr %"b8", i64 0
  %".8" = icmp eq i64 %"N", 0
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = mul i64 2, 3
  %".11" = icmp slt i64 0, %".10"
  br i1 %".11", label %"z.body", label %"z.done"
entry.else:
  %".18" = getelementptr float, ptr %"b0", i64 0
  %".19" = getelementptr float, ptr %"b1", i64 0
  %".20" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}
  %".21" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 0
  store i64 2, i64* %".21"
  %".23" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 1
  store i64 3, i64* %".23"
  %".25" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 2
  store i64 %"N", i64* %".25"
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 3
  store ptr %".18", ptr %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 4
  store i64 1, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 5
  store i64 2, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 6
  store ptr %".19", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 7
  store i64 3, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 8
  store i64 1, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 9
  store ptr %".7", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 10
  store i64 3, i64* %".41"
  %".43" = mul i64 2, 3
  %".44" = mul i64 %".43", %"N"
  %".45" = icmp sge i64 %".44", 2097152
  br i1 %".45", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
z.body:
  %"z" = phi  i64 [0, %"entry.if"], [%"z.next", %"z.body"]
  %".13" = getelementptr inbounds float, ptr %".7", i64 %"z"
  store float              0x0, ptr %".13"
  %"z.next" = add nsw i64 %"z", 1
  %".15" = icmp slt i64 %"z.next", %".10"
  br i1 %".15", label %"z.body", label %"z.done"
z.done:
  br label %"entry.endif"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 %"nthreads")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}

; kernel gv_k3_where: nodes %where; layers model[0] (Fc) [grad]; shapes %where: f32[N,3]
define internal void @"gv_k3_where"(i64 %"N", i64 %"nthreads", ptr %"b2", ptr %"b7", ptr %"b9")
{
entry:
  %".7" = mul nsw i64 %"N", 3
  %".8" = icmp sge i64 %".7", 32768
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = alloca {i64, i64, ptr, ptr, ptr}
  %".11" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 0
  store i64 %"N", i64* %".11"
  %".13" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 1
  store i64 %".7", i64* %".13"
  %".15" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 2
  store ptr %"b2", ptr %".15"
  %".17" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 3
  store ptr %"b7", ptr %".17"
  %".19" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 4
  store ptr %"b9", ptr %".19"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k3_where.L0.par", {i64, i64, ptr, ptr, ptr}* %".10", i64 %"nthreads")
  br label %"entry.endif"
entry.else:
  call void @"gv_k3_where.L0"(i64 %"N", i64 0, i64 %".7", ptr %"b2", ptr %"b7", ptr %"b9")
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal void @"gv_k3_where.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b2_gt", ptr noalias %"b7_matmul_2", ptr noalias %"b9_where")
{
entry:
  %".8" = mul nsw i64 %"N", 3
  %".9" = icmp slt i64 %"lo", %"hi"
  br i1 %".9", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i0.body"]
  %".11" = mul nsw i64 %"i0", 1
  %".12" = add nsw i64 0, %".11"
  %".13" = mul nsw i64 %"i0", 1
  %".14" = add nsw i64 0, %".13"
  %".15" = mul nsw i64 %"i0", 1
  %".16" = add nsw i64 0, %".15"
  %".17" = getelementptr inbounds float, ptr %"b2_gt", i64 %".12"
  %".18" = load float, ptr %".17"
  %".19" = getelementptr inbounds float, ptr %"b7_matmul_2", i64 %".14"
  %".20" = load float, ptr %".19"
  %".21" = fcmp une float %".18",              0x0
  %".22" = select  i1 %".21", float %".20", float              0x0
  %".23" = getelementptr inbounds float, ptr %"b9_where", i64 %".16"
  store float %".22", ptr %".23"
  %"i0.next" = add nsw i64 %"i0", 1
  %".25" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".25", label %"i0.body", label %"i0.done"
i0.done:
  ret void
}

define internal void @"gv_k3_where.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 3
  %".17" = load ptr, ptr %".16"
  %".18" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 4
  %".19" = load ptr, ptr %".18"
  call void @"gv_k3_where.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15", ptr %".17", ptr %".19")
  ret void
}

; kernel gv_k4_reduce_sum: nodes %reduce_sum_1; layers model[0] (Fc) [grad]; shapes %reduce_sum_1: f32[3]
define internal void @"gv_k4_reduce_sum"(i64 %"N", i64 %"nthreads", ptr %"b9", ptr %"b10")
{
entry:
  %".6" = icmp sge i64 3, 32768
  br i1 %".6", label %"entry.if", label %"entry.else"
entry.if:
  %".8" = alloca {i64, i64, ptr}
  %".9" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 0
  store i64 %"N", i64* %".9"
  %".11" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 1
  store i64 3, i64* %".11"
  %".13" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 2
  store ptr %"b10", ptr %".13"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k4_reduce_sum.L0.par", {i64, i64, ptr}* %".8", i64 %"nthreads")
  br label %"entry.endif"
entry.else:
  call void @"gv_k4_reduce_sum.L0"(i64 %"N", i64 0, i64 3, ptr %"b10")
  br label %"entry.endif"
entry.endif:
  %".19" = mul i64 %"N", 3
  call void @"gv_k4_reduce_sum.L1"(i64 %"N", i64 0, i64 %"N", ptr %"b9", ptr %"b10")
  ret void
}

define internal void @"gv_k4_reduce_sum.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b10_reduce_sum_1")
{
entry:
  %".6" = icmp slt i64 %"lo", %"hi"
  br i1 %".6", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i0.body"]
  %".8" = mul nsw i64 %"i0", 1
  %".9" = add nsw i64 0, %".8"
  %".10" = getelementptr inbounds float, ptr %"b10_reduce_sum_1", i64 %".9"
  store float              0x0, ptr %".10"
  %"i0.next" = add nsw i64 %"i0", 1
  %".12" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".12", label %"i0.body", label %"i0.done"
i0.done:
  ret void
}

define internal void @"gv_k4_reduce_sum.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  call void @"gv_k4_reduce_sum.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15")
  ret void
}

define internal void @"gv_k4_reduce_sum.L1"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b9_where", ptr noalias %"b10_reduce_sum_1")
{
entry:
  %".7" = icmp slt i64 %"lo", %"hi"
  br i1 %".7", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i1.done"]
  %".9" = mul nsw i64 %"i0", 3
  %".10" = add nsw i64 0, %".9"
  %".11" = mul nsw i64 %"i0", 0
  %".12" = add nsw i64 0, %".11"
  %".13" = icmp slt i64 0, 3
  br i1 %".13", label %"i1.body", label %"i1.done"
i0.done:
  ret void
i1.body:
  %"i1" = phi  i64 [0, %"i0.body"], [%"i1.next", %"i1.body"]
  %".15" = mul nsw i64 %"i1", 1
  %".16" = add nsw i64 %".10", %".15"
  %".17" = mul nsw i64 %"i1", 1
  %".18" = add nsw i64 %".12", %".17"
  %".19" = getelementptr inbounds float, ptr %"b9_where", i64 %".16"
  %".20" = load float, ptr %".19"
  %".21" = getelementptr inbounds float, ptr %"b10_reduce_sum_1", i64 %".18"
  %".22" = load float, ptr %".21"
  %".23" = fadd nsz arcp contract afn reassoc float %".22", %".20"
  store float %".23", ptr %".21"
  %"i1.next" = add nsw i64 %"i1", 1
  %".25" = icmp slt i64 %"i1.next", 3
  br i1 %".25", label %"i1.body", label %"i1.done"
i1.done:
  %"i0.next" = add nsw i64 %"i0", 1
  %".27" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".27", label %"i0.body", label %"i0.done"
}

; kernel gv_k5_matmul: nodes %matmul_4; layers model[0] (Fc) [grad]; shapes %matmul_4: f32[N,4]
define internal void @"gv_k5_matmul"(i64 %"N", i64 %"nthreads", ptr %"b4", ptr %"b9", ptr %"b11")
{
entry:
  %".7" = getelementptr float, ptr %"b11", i64 0
  %".8" = icmp eq i64 3, 0
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = mul i64 %"N", 4
  %".11" = icmp slt i64 0, %".10"
  br i1 %".11", label %"z.body", label %"z.done"
entry.else:
  %".18" = getelementptr float, ptr %"b9", i64 0
  %".19" = getelementptr float, ptr %"b4", i64 0
  %".20" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}
  %".21" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 0
  store i64 %"N", i64* %".21"
  %".23" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 1
  store i64 4, i64* %".23"
  %".25" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 2
  store i64 3, i64* %".25"
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 3
  store ptr %".18", ptr %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 4
  store i64 3, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 5
  store i64 1, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 6
  store ptr %".19", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 7
  store i64 4, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 8
  store i64 1, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 9
  store ptr %".7", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 10
  store i64 4, i64* %".41"
  %".43" = mul i64 %"N", 4
  %".44" = mul i64 %".43", 3
  %".45" = icmp sge i64 %".44", 2097152
  br i1 %".45", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
z.body:
  %"z" = phi  i64 [0, %"entry.if"], [%"z.next", %"z.body"]
  %".13" = getelementptr inbounds float, ptr %".7", i64 %"z"
  store float              0x0, ptr %".13"
  %"z.next" = add nsw i64 %"z", 1
  %".15" = icmp slt i64 %"z.next", %".10"
  br i1 %".15", label %"z.body", label %"z.done"
z.done:
  br label %"entry.endif"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 %"nthreads")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}

; kernel gv_k6_matmul: nodes %matmul_5; layers model[0] (Fc) [grad]; shapes %matmul_5: f32[3,4]
define internal void @"gv_k6_matmul"(i64 %"N", i64 %"nthreads", ptr %"b3", ptr %"b9", ptr %"b12")
{
entry:
  %".7" = getelementptr float, ptr %"b12", i64 0
  %".8" = icmp eq i64 %"N", 0
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = mul i64 3, 4
  %".11" = icmp slt i64 0, %".10"
  br i1 %".11", label %"z.body", label %"z.done"
entry.else:
  %".18" = getelementptr float, ptr %"b9", i64 0
  %".19" = getelementptr float, ptr %"b3", i64 0
  %".20" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}
  %".21" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 0
  store i64 3, i64* %".21"
  %".23" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 1
  store i64 4, i64* %".23"
  %".25" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 2
  store i64 %"N", i64* %".25"
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 3
  store ptr %".18", ptr %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 4
  store i64 1, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 5
  store i64 3, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 6
  store ptr %".19", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 7
  store i64 4, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 8
  store i64 1, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 9
  store ptr %".7", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 10
  store i64 4, i64* %".41"
  %".43" = mul i64 3, 4
  %".44" = mul i64 %".43", %"N"
  %".45" = icmp sge i64 %".44", 2097152
  br i1 %".45", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
z.body:
  %"z" = phi  i64 [0, %"entry.if"], [%"z.next", %"z.body"]
  %".13" = getelementptr inbounds float, ptr %".7", i64 %"z"
  store float              0x0, ptr %".13"
  %"z.next" = add nsw i64 %"z", 1
  %".15" = icmp slt i64 %"z.next", %".10"
  br i1 %".15", label %"z.body", label %"z.done"
z.done:
  br label %"entry.endif"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 %"nthreads")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}
